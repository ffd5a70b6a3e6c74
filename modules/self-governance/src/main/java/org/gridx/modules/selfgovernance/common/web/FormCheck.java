package org.gridx.modules.selfgovernance.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/**
 * The staff forms' checks: the API's own input records validated with their own annotations (so a form and
 * the API refuse the same things), and the browser's local date-times read in the streets' zone.
 */
@ApplicationScoped
public class FormCheck {

    /** The streets' zone: the platform's tenants are Chinese streets, and the pages write times in it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    Validator validator;

    /** Throws a 422 problem naming every field the API would refuse; returns {@code input} otherwise. */
    public <T> T valid(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            List<FieldProblem> errors = violations.stream()
                    .map(v -> new FieldProblem("/" + v.getPropertyPath(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldProblem::pointer)).toList();
            throw ProblemException.invalid("Some fields need fixing.", errors);
        }
        return input;
    }

    /** A {@code datetime-local} value as an instant in the streets' zone; blank is null (the record says if required). */
    public static Instant local(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("'" + field + "' is not a date and time.",
                    List.of(new FieldProblem("/" + field, "a date and time like 2026-12-01T09:30")));
        }
    }
}
