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

    /**
     * The same in the page's language: in Chinese each known field gets its hint from the portal's messages
     * (the API's own texts are English), in English the API's texts stand as they are.
     */
    public static FormErrors of(ProblemException e, java.util.Locale locale) {
        FormErrors en = of(e);
        if ("en".equals(locale.getLanguage())) {
            return en;
        }
        PortalMessages t = PortalTexts.in(locale);
        Map<String, String> zh = new java.util.LinkedHashMap<>();
        en.fields().forEach((field, message) -> zh.put(field, ZhHints.of(t, field).orElse(message)));
        String detail = switch (e.problem().status()) {
            case 409 -> t.err_conflict();
            case 429 -> t.err_too_many();
            case 422, 400 -> t.err_invalid();
            default -> en.detail();
        };
        return new FormErrors(detail, zh);
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
