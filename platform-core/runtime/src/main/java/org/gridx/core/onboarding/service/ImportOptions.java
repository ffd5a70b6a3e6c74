package org.gridx.core.onboarding.service;

/**
 * How to import a definition.
 *
 * @param dryRun          validate only; write nothing
 * @param initialPassword password for accounts the import creates; null means a random one per account,
 *                        returned once in the report. Existing accounts keep theirs either way.
 * @param force           compare row by row even when the definition's hash says nothing changed (to
 *                        restore rows edited in the application since the last import)
 * @param actor           who imports, recorded where the platform records authorship (module enablement)
 */
public record ImportOptions(boolean dryRun, String initialPassword, boolean force, String actor) {

    public ImportOptions {
        initialPassword = initialPassword == null || initialPassword.isEmpty() ? null : initialPassword;
        actor = actor == null ? "import" : actor;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, null, false, "import");
    }

    public ImportOptions withDryRun(boolean value) {
        return new ImportOptions(value, initialPassword, force, actor);
    }

    public ImportOptions withInitialPassword(String value) {
        return new ImportOptions(dryRun, value, force, actor);
    }

    public ImportOptions withForce(boolean value) {
        return new ImportOptions(dryRun, initialPassword, value, actor);
    }

    public ImportOptions withActor(String value) {
        return new ImportOptions(dryRun, initialPassword, force, value);
    }
}
