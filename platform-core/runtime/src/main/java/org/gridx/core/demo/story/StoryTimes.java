package org.gridx.core.demo.story;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * When things happen in a generated year: more reports in summer than in winter (construction, street
 * trading, greenery), most by day with a morning and an afternoon peak, and each step done well within its
 * limit except a few that run late.
 */
public final class StoryTimes {

    private StoryTimes() {
    }

    /** A report moment in the {@code days} days up to {@code end}. */
    public static Instant reportedAt(SplittableRandom r, Instant end, int days, ZoneId zone) {
        LocalDate last = end.atZone(zone).toLocalDate();
        LocalDate day;
        do {
            day = last.minusDays(r.nextInt(days));
        } while (r.nextDouble() * 1.35 > 1 + 0.35 * Math.sin(2 * Math.PI * (day.getDayOfYear() - 110) / 365.0));
        Instant t = day.atStartOfDay(zone).plusSeconds(Math.round(hourOfDay(r) * 3600)).toInstant();
        return t.isAfter(end) ? end.minusSeconds(60 + r.nextInt(6 * 3600)) : t;
    }

    private static double hourOfDay(SplittableRandom r) {
        double u = r.nextDouble();
        double h = u < 0.45 ? 10 + gauss(r) * 1.3 : u < 0.85 ? 15.5 + gauss(r) * 1.5 : 6.5 + r.nextDouble() * 15;
        return Math.max(0, Math.min(23.99, h));
    }

    /** How long a step takes against its limit: usually a good part of it, late with probability {@code late}. */
    public static Duration stepTime(SplittableRandom r, Duration limit, double late) {
        double f = r.nextDouble() < late ? 1.05 + r.nextDouble() * 0.75 : 0.05 + r.nextDouble() * r.nextDouble() * 0.8;
        return Duration.ofSeconds(Math.max(60, Math.round(limit.toSeconds() * f)));
    }

    private static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
