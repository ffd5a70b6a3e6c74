package org.gridx.core.assessment.fact;

import java.time.LocalDate;
import java.util.Comparator;

/** One row of {@code case_stat_day}. Rows are written in this order so two writers never lock in a cycle. */
record StatRowKey(StatDimension dim, String key, LocalDate day) implements Comparable<StatRowKey> {

    private static final Comparator<StatRowKey> ORDER = Comparator.comparing((StatRowKey r) -> r.dim.code())
            .thenComparing(StatRowKey::key).thenComparing(StatRowKey::day);

    @Override
    public int compareTo(StatRowKey o) {
        return ORDER.compare(this, o);
    }
}
