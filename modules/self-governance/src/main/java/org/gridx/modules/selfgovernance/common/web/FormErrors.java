package org.gridx.modules.selfgovernance.common.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;

/**
 * A refused staff form as its page shows it: the problem's detail on top and each field's message keyed by
 * the field's name (the JSON pointer's first step), so the template marks that input and links to it. The
 * module's own, because the core's twin is not part of the API modules may use.
 */
public record FormErrors(String detail, Map<String, String> fields) {

    public static final FormErrors NONE = new FormErrors(null, Map.of());

    public static FormErrors of(ProblemException e) {
        Map<String, String> byField = e.problem().errors().stream().collect(Collectors.toMap(
                f -> f.pointer().replaceFirst("^/", "").replaceFirst("[/.\\[].*$", ""), Problem.FieldProblem::message,
                (a, b) -> a.equals(b) ? a : a + "; " + b, LinkedHashMap::new));
        return new FormErrors(e.problem().detail(), byField);
    }

    public boolean any() {
        return detail != null;
    }

    public String of(String field) {
        return fields.get(field);
    }

    public record FieldError(String field, String message) {
    }

    public List<FieldError> list() {
        return fields.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    }
}
