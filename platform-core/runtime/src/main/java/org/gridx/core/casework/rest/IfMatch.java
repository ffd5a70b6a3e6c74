package org.gridx.core.casework.rest;

import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/** If-Match carries the case's version as the caller last saw it ("3" or W/"3"); absent means "whatever it is now". */
final class IfMatch {

    private IfMatch() {
    }

    static Integer version(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String v = header.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("Unusable If-Match.", List.of(new FieldProblem("If-Match",
                    "the case's version as a number, e.g. \"3\" (summary.version of the case)")));
        }
    }
}
