package org.gridx.core.resident.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;

/**
 * A refused form as the page shows it: the problem's detail on top, and each field's message keyed by the
 * field's name (the JSON pointer without its slash), so the template marks that input and links to it.
 */
public record FormErrors(String detail, Map<String, String> fields) {

    public static final FormErrors NONE = new FormErrors(null, Map.of());

    public static FormErrors of(ProblemException e) {
        Problem p = e.problem();
        Map<String, String> byField = p.errors().stream().collect(Collectors.toMap(
                f -> f.pointer().replaceFirst("^/", ""), Problem.FieldProblem::message, (a, b) -> a + "; " + b,
                java.util.LinkedHashMap::new));
        return new FormErrors(p.detail(), byField);
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
