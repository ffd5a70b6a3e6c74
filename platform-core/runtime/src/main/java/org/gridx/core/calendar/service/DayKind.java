package org.gridx.core.calendar.service;

/**
 * What a listed date is, overriding the weekly schedule: a public holiday (no working hours, even on a
 * weekday), or an adjusted working day (调休: a Saturday or Sunday worked in exchange for a holiday).
 */
public enum DayKind {
    HOLIDAY("holiday"),
    WORKDAY("workday");

    private final String code;

    DayKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DayKind of(String code) {
        for (DayKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a day kind: " + code);
    }
}
