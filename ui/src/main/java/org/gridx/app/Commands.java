package org.gridx.app;

/** The command line: no arguments (or {@code serve}) runs the platform; other verbs do one job and exit. */
final class Commands {

    static final String SERVE = "serve";
    static final String IMPORT = "import";
    static final String VALIDATE = "validate";

    private Commands() {
    }

    static boolean isServe(String... args) {
        return args.length == 0 || SERVE.equals(args[0]);
    }
}
