package org.gridx.api.problem;

import java.util.List;

/**
 * An RFC 9457 problem: what went wrong ({@code title}, {@code detail}) and, per field, where and how to fix
 * it ({@code errors}). Every API error of the platform and its modules is one of these.
 */
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        type = type == null ? "about:blank" : type;
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(null, title, status, detail, null, List.of());
    }

    public Problem withErrors(List<FieldProblem> fieldProblems) {
        return new Problem(type, title, status, detail, instance, fieldProblems);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    /** One thing wrong with the input: where (a JSON pointer, a field or a file path) and why. */
    public record FieldProblem(String pointer, String message) {
    }
}
