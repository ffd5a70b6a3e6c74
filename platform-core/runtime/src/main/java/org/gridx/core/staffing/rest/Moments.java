package org.gridx.core.staffing.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/** Reads a moment from a query parameter: ISO-8601 with offset; absent means now. */
public final class Moments {

    private Moments() {
    }

    public static Instant parse(String value, String param) {
        if (value == null || value.isBlank()) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("Unreadable time.", List.of(new FieldProblem(param,
                    "use ISO-8601 with an offset, e.g. 2026-03-02T09:30:00+08:00")));
        }
    }
}
