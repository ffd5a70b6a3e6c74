package org.gridx.core.fieldwork.rest;

import java.time.LocalDate;
import java.util.List;

/**
 * Field-work counts for a node's whole subtree between two dates (inclusive, in the tenant's time zone):
 * one row per grid or worker (and per period when asked), and the totals.
 */
public record StatsView(String node, LocalDate from, LocalDate to, String by, String period, List<Row> rows,
        Counts totals) {

    public record Row(String key, String name, LocalDate period, long visits, long appealsCollected,
            long appealsResolved) {
    }

    public record Counts(long visits, long appealsCollected, long appealsResolved) {
    }
}
