package org.gridx.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;

/** Runs what the command line asked for once the platform is up. */
public class GridxApplication implements QuarkusApplication {

    @Override
    public int run(String... args) {
        if (Commands.isServe(args)) {
            Quarkus.waitForExit();
            return 0;
        }
        System.err.println("unknown command '" + args[0] + "'; use: serve | import <dir> [--dry-run] | validate <dir>");
        return 2;
    }
}
