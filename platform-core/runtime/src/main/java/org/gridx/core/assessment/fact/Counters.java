package org.gridx.core.assessment.fact;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** One value per {@link StatCounter}: a case's contribution, or a sum of many. Immutable. */
public final class Counters {

    private static final StatCounter[] ALL = StatCounter.values();
    public static final Counters ZERO = new Counters(new long[ALL.length]);

    private final long[] values;

    private Counters(long[] values) {
        this.values = values;
    }

    public static Counters of(long[] values) {
        if (values.length != ALL.length) {
            throw new IllegalArgumentException("expected " + ALL.length + " values, got " + values.length);
        }
        return new Counters(values.clone());
    }

    /** From the non-zero entries kept in {@code case_fact.counts}; unknown names are ignored. */
    public static Counters of(Map<String, ? extends Number> counts) {
        long[] v = new long[ALL.length];
        for (StatCounter c : ALL) {
            Number n = counts.get(c.column());
            v[c.ordinal()] = n == null ? 0 : n.longValue();
        }
        return new Counters(v);
    }

    public long get(StatCounter c) {
        return values[c.ordinal()];
    }

    public Counters plus(Counters o) {
        long[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] += o.values[i];
        }
        return new Counters(v);
    }

    public Counters negate() {
        long[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = -v[i];
        }
        return new Counters(v);
    }

    public boolean isZero() {
        return Arrays.stream(values).allMatch(x -> x == 0);
    }

    /** The non-zero entries by column name, as {@code case_fact.counts} keeps them. */
    public Map<String, Long> nonZero() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (StatCounter c : ALL) {
            if (values[c.ordinal()] != 0) {
                m.put(c.column(), values[c.ordinal()]);
            }
        }
        return m;
    }

    long[] raw() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Counters c && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return nonZero().toString();
    }
}
