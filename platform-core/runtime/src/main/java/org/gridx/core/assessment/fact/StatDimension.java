package org.gridx.core.assessment.fact;

import java.time.LocalDate;

/**
 * The keys figures are summed under. A grid key is the grid's 15-digit code, so a community or the street is
 * every key starting with its code. GRID_ITEM (key {@code gridCode|itemCode}) is bucketed by month, not day:
 * hot spots need item × grid, and daily rows of every pair would grow with the data.
 */
public enum StatDimension {
    GRID("grid", false), DEPARTMENT("dept", false), PERSON("person", false), GRID_ITEM("grid-item", true);

    /** Key of a case with no department (not yet dispatched) or no reporting account (hotline, Open311). */
    public static final String NONE = "-";

    private final String code;
    private final boolean monthly;

    StatDimension(String code, boolean monthly) {
        this.code = code;
        this.monthly = monthly;
    }

    public String code() {
        return code;
    }

    public boolean monthly() {
        return monthly;
    }

    /** The row a case reported on {@code day} is summed into. */
    public LocalDate bucket(LocalDate day) {
        return monthly ? day.withDayOfMonth(1) : day;
    }
}
