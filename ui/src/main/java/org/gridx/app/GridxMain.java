package org.gridx.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged application. Before Quarkus boots it prepares the single-machine run: an
 * embedded PostgreSQL and token keys in the data directory, unless a database and keys are configured.
 * {@code java -jar gridx.jar} serves; {@code java -jar gridx.jar import <dir>} onboards a tenant and exits.
 */
@QuarkusMain
public class GridxMain {

    public static void main(String... args) {
        LocalRuntime.prepare(Commands.isServe(args));
        Quarkus.run(GridxApplication.class, args);
    }
}
