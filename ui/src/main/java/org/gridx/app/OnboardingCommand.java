package org.gridx.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.onboarding.service.ImportOptions;
import org.gridx.core.onboarding.service.ImportReport;
import org.gridx.core.onboarding.service.ImportReportText;
import org.gridx.core.onboarding.service.TenantOnboarding;

/**
 * {@code import <dir> [--dry-run] [--force] [--initial-password X]} and {@code validate <dir>}: print the
 * report or every problem, and exit 0 (done / valid), 1 (invalid definition) or 2 (wrong usage).
 */
public final class OnboardingCommand {

    /** Classpath base of the demo tenant (ui's resources carry ../tenants as tenants/). */
    public static final String DEMO_TENANT = "tenants/dalad-gongye";
    static final String USAGE = "usage: import <dir> [--dry-run] [--force] [--initial-password X] | validate <dir>";

    private OnboardingCommand() {
    }

    public static int run(TenantOnboarding onboarding, PrintStream out, PrintStream err, String... args) {
        ImportOptions options = ImportOptions.defaults().withActor("cli");
        boolean validateOnly = Commands.VALIDATE.equals(args[0]);
        Path dir = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--dry-run" -> options = options.withDryRun(true);
                case "--force" -> options = options.withForce(true);
                case "--initial-password" -> {
                    if (++i == args.length) {
                        return usage(err, "--initial-password needs a value");
                    }
                    options = options.withInitialPassword(args[i]);
                }
                default -> {
                    if (args[i].startsWith("--") || dir != null) {
                        return usage(err, "unexpected argument '" + args[i] + "'");
                    }
                    dir = Path.of(args[i]);
                }
            }
        }
        if (dir == null || !Files.isDirectory(dir)) {
            return usage(err, dir == null ? "name the definition directory" : "'" + dir + "' is not a directory");
        }
        try {
            ImportReport report = onboarding.importDirectory(dir, validateOnly ? options.withDryRun(true) : options);
            out.print(ImportReportText.render(report));
            return 0;
        } catch (ProblemException e) {
            err.println(e.problem().detail());
            for (FieldProblem p : e.problem().errors()) {
                err.println("  " + p.pointer() + ": " + p.message());
            }
            return e.problem().status() == 422 ? 1 : 2;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE);
        return 2;
    }
}
