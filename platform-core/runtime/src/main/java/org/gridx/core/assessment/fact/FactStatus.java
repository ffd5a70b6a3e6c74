package org.gridx.core.assessment.fact;

/** How far the figures are behind the record: cases, cases whose fact is current, and whether catch-up runs here. */
public record FactStatus(long cases, long current, boolean running) {

    public long behind() {
        return cases - current;
    }

    /** Share of cases whose fact is current, 0..100 (100 for a tenant without cases). */
    public int percent() {
        return cases == 0 ? 100 : (int) (current * 100 / cases);
    }
}
