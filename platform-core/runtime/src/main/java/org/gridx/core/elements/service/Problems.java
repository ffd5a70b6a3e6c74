package org.gridx.core.elements.service;

import java.util.List;
import java.util.Map;
import org.gridx.api.problem.Problem;

/** Field problems of a check as JSON pointers into the request body. */
public final class Problems {

    private Problems() {
    }

    public static List<Problem.FieldProblem> pointers(Map<String, String> problems) {
        return problems.entrySet().stream().map(e -> new Problem.FieldProblem("/" + e.getKey(), e.getValue())).toList();
    }
}
