package org.gridx.core.assessment.analysis.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/**
 * Reads an analysis request's query parameters, collecting every mistake so one 422 problem names each
 * field with the values it takes; call {@link #check()} once everything is read.
 */
public final class Params {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** {@code from}..{@code to} (ISO dates); missing ends default to the {@code defaultDays} ending today. */
    public Period period(String from, String to, LocalDate today, int defaultDays, int maxDays) {
        LocalDate t = date("to", to, today);
        LocalDate f = date("from", from, (t == null ? today : t).minusDays(defaultDays - 1L));
        if (f == null || t == null) {
            return null;
        }
        if (f.isAfter(t)) {
            problems.add(new FieldProblem("from", "from (" + f + ") must be on or before to (" + t + ")"));
            return null;
        }
        Period p = new Period(f, t);
        if (p.days() > maxDays) {
            problems.add(new FieldProblem("to", "a period of at most " + maxDays + " days; " + p.days() + " asked"));
            return null;
        }
        return p;
    }

    public int number(String name, Integer value, int dflt, int min, int max) {
        int v = value == null ? dflt : value;
        if (v < min || v > max) {
            problems.add(new FieldProblem(name, name + " from " + min + " to " + max + "; " + v + " given"));
        }
        return v;
    }

    public <E extends Enum<E>> E choice(String name, String value, E dflt, Class<E> type) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            problems.add(new FieldProblem(name, "one of " + String.join(", ", allowed) + "; '" + value + "' given"));
            return dflt;
        }
    }

    /** A disposal-list item code (5 digits or a local L-code), or null when not given. */
    public String item(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.matches("[0-9]{5}|L[0-9A-Z-]{1,15}|service")) {
            problems.add(new FieldProblem("item", "a disposal-list item code such as 06001 (5 digits) or L-code"));
        }
        return v;
    }

    public void check() {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Some analysis parameters are not usable; see errors for how to fix them.",
                    problems);
        }
    }

    private LocalDate date(String name, String value, LocalDate dflt) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "a date as YYYY-MM-DD, e.g. 2026-09-26; '" + value + "' given"));
            return null;
        }
    }
}
