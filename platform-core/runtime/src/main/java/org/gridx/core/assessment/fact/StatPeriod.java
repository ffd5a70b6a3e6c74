package org.gridx.core.assessment.fact;

import java.time.LocalDate;

/**
 * Which daily sums to add up: a dimension, the reporting days {@code from}..{@code to} (both included; for a
 * monthly dimension the months they fall in) and, optionally, the keys starting with {@code keyPrefix} (a
 * community's or the street's grid code takes in every grid under it) or exactly {@code key}.
 */
public record StatPeriod(StatDimension dim, LocalDate from, LocalDate to, String keyPrefix, String key) {

    public StatPeriod {
        if (dim == null || from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a dimension and a period with from <= to");
        }
    }

    public static StatPeriod of(StatDimension dim, LocalDate from, LocalDate to) {
        return new StatPeriod(dim, from, to, null, null);
    }

    public StatPeriod under(String prefix) {
        return new StatPeriod(dim, from, to, prefix, key);
    }

    public StatPeriod only(String exactKey) {
        return new StatPeriod(dim, from, to, keyPrefix, exactKey);
    }
}
