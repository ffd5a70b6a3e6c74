package org.gridx.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.onboarding.service.ImportOptions;
import org.gridx.core.onboarding.service.ImportReport;
import org.gridx.core.onboarding.service.TenantOnboarding;

/**
 * The single-machine run loads the demo street (工业街道) on every start — a no-op once it is there — and
 * its accounts share one password generated for this data directory, so a laptop never runs with a
 * well-known password.
 */
final class DemoTenant {

    static final String CODE = "dalad-gongye";
    private static final String PASSWORD_FILE = "demo-password.txt";

    private DemoTenant() {
    }

    record Loaded(ImportReport report, String password, List<Account> accounts) {
    }

    static Loaded load(TenantOnboarding onboarding, TenantContext tenants, Path dataDir) {
        String password = password(dataDir);
        ImportReport report = onboarding.importClasspath(OnboardingCommand.DEMO_TENANT,
                ImportOptions.defaults().withInitialPassword(password).withActor("launcher"));
        List<Account> accounts = tenants.callAs(CODE, () -> Account.<Account>list("order by username"));
        return new Loaded(report, password, accounts);
    }

    private static String password(Path dataDir) {
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            String generated = "demo-" + Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);
            Files.createDirectories(dataDir);
            Files.writeString(file, generated + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the data directory's permissions apply
            }
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the demo password in " + file, e);
        }
    }
}
