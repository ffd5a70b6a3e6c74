package org.gridx.core.assessment.service;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How indicator rows are split: by a level of the grid (a grid-code prefix of 9, 12 or 15 digits), by the
 * department a case went to, or by the person who reported it. No grouping = one row for the node.
 */
public enum IndicatorGrouping {
    STREET("street", 9), COMMUNITY("community", 12), GRID("grid", 15), DEPARTMENT("department", 0), PERSON("person", 0);

    private final String code;
    private final int codeLength;

    IndicatorGrouping(String code, int codeLength) {
        this.code = code;
        this.codeLength = codeLength;
    }

    public String code() {
        return code;
    }

    /** Digits of the grid code that name one row (0 when rows are not grid nodes). */
    public int codeLength() {
        return codeLength;
    }

    public boolean isGrid() {
        return codeLength > 0;
    }

    public static Optional<IndicatorGrouping> of(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(IndicatorGrouping::code).collect(Collectors.joining(", "));
    }
}
