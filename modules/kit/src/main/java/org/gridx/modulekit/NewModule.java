package org.gridx.modulekit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code new-module.sh <id> <中文名> <English name> [--root <repo>] [--template <folder>] [--no-wiring] [--overwrite]}:
 * writes a new "+X" module (module folder and its contract test in ui) from the template and, unless told
 * not to, adds it to the build. The ui build runs it with {@code --no-wiring --overwrite} into target/.
 */
public final class NewModule {

    static final String USAGE = "usage: modules/new-module.sh <id> \"<中文名>\" \"<English name>\""
            + " [--root <repository>] [--template <folder>] [--no-wiring]\n"
            + "  e.g. modules/new-module.sh rule-of-law \"法治六进\" \"Rule of law outreach\"";

    private NewModule() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** 0 when the module was written, 2 for bad input (the message says what to change), 1 for I/O failures. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        Path root = Path.of(".");
        Path template = null;
        boolean wiring = true;
        boolean overwrite = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--root" -> root = Path.of(value(args, ++i, "--root"));
                    case "--template" -> template = Path.of(value(args, ++i, "--template"));
                    case "--no-wiring" -> wiring = false;
                    case "--overwrite" -> overwrite = true;
                    default -> positional.add(args[i]);
                }
            }
            if (positional.size() != 3) {
                throw new IllegalArgumentException("expected 3 arguments (id, Chinese name, English name), got " + positional.size());
            }
            ModuleNames names = ModuleNames.of(positional.get(0), positional.get(1), positional.get(2));
            Path from = template != null ? template : root.resolve("modules/kit/template");
            List<Path> written = new TemplateCopier(from, names.placeholders(), overwrite).copyInto(root);
            written.forEach(p -> out.println("  wrote " + p));
            List<String> manual = wiring ? new RepositoryWiring(root).wire(names) : List.of();
            manual.forEach(m -> out.println("  TODO " + m));
            out.println("module '" + names.id() + "' generated; build and run its contract test with\n  mvn -B -pl ui -am verify -Dtest='"
                    + names.className() + "ContractTest' -Dsurefire.failIfNoSpecifiedTests=false");
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("could not write the module: " + e);
            return 1;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
