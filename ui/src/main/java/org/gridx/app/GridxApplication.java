package org.gridx.app;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import org.gridx.core.onboarding.service.TenantOnboarding;

/** Runs what the command line asked for once the platform is up. */
public class GridxApplication implements QuarkusApplication {

    @Override
    public int run(String... args) {
        if (Commands.isServe(args)) {
            Quarkus.waitForExit();
            return 0;
        }
        if (Commands.IMPORT.equals(args[0]) || Commands.VALIDATE.equals(args[0])) {
            return OnboardingCommand.run(Arc.container().instance(TenantOnboarding.class).get(), System.out, System.err, args);
        }
        System.err.println("unknown command '" + args[0] + "'; use: serve | import <dir> [--dry-run] "
                + "[--force] [--initial-password X] | validate <dir>");
        return 2;
    }
}
