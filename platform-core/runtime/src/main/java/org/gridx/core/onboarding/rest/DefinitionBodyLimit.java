package org.gridx.core.onboarding.rest;

import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.onboarding.definition.DefinitionReader;

/**
 * A posted definition may be no larger than a definition file may be (the demo street is ~20 KB); the
 * platform-wide body limit is far larger because it also serves photo uploads.
 */
final class DefinitionBodyLimit {

    private DefinitionBodyLimit() {
    }

    static void check(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("The body is empty: post the tenant definition as YAML or JSON.");
        }
        if (body.length() > DefinitionReader.MAX_BYTES) {
            throw new ProblemException(Problem.of(413, "Definition too large", "A tenant definition may be at most "
                    + DefinitionReader.MAX_BYTES / 1024 + " KB; this one is larger. Check that this is a tenant definition."));
        }
    }
}
