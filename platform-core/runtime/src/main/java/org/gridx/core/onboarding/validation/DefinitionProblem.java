package org.gridx.core.onboarding.validation;

import java.util.Comparator;
import java.util.List;

/**
 * One thing wrong with a definition: a JSON pointer into the merged document and, in words, why and how
 * to fix it. Sorted the way a person reads the files: by pointer, with list indexes in numeric order.
 */
public record DefinitionProblem(String pointer, String message) {

    public static final Comparator<DefinitionProblem> READING_ORDER =
            Comparator.comparing(DefinitionProblem::pointer, DefinitionProblem::comparePointers)
                    .thenComparing(DefinitionProblem::message);

    /** Top-level keys in file order: tenant.yaml, grid.yaml, departments.yaml, staff.yaml. */
    private static final List<String> KEY_ORDER = List.of("tenant", "modules", "grid", "departments", "accounts", "posts");

    static int comparePointers(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        int byFile = Integer.compare(rank(x), rank(y));
        if (byFile != 0) {
            return byFile;
        }
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int rank(String[] segments) {
        return segments.length < 2 ? -1 : KEY_ORDER.indexOf(segments[1]);
    }
}
