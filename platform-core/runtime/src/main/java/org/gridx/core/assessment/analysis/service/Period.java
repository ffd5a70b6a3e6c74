package org.gridx.core.assessment.analysis.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Reporting days {@code from}..{@code to}, both included, in the tenant's zone. */
public record Period(LocalDate from, LocalDate to) {

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The same number of days just before this period (what a change is measured against). */
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    /** Widened to whole months (the grid × item figures are kept per month). */
    public Period wholeMonths() {
        return new Period(from.withDayOfMonth(1), to.withDayOfMonth(to.lengthOfMonth()));
    }

    /** The same number of whole months just before this (whole-month) period. */
    public Period previousMonths() {
        long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
        LocalDate start = from.minusMonths(months);
        return new Period(start, from.minusDays(1));
    }
}
