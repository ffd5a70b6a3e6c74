package org.gridx.modules.selfgovernance.forum.web;

import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/** Checks on the pages' form fields, answered as readable problems (the browser's own checks come first). */
final class FormFields {

    private FormFields() {
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid("'" + field + "' is empty.", List.of(new FieldProblem(field, "fill it in")));
        }
        if (value.length() > max) {
            throw ProblemException.invalid("'" + field + "' is too long.",
                    List.of(new FieldProblem(field, "at most " + max + " characters")));
        }
        return value;
    }
}
