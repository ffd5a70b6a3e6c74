package org.gridx.core.assessment.scorecard.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/**
 * Checks an assessment input's Bean Validation constraints and refuses it as 422 (a well-formed body whose
 * values are out of bounds), each field named by its JSON pointer with the constraint's how-to-fix message.
 */
@ApplicationScoped
public class InputCheck {

    @Inject
    Validator validator;

    public <T> T valid(T input, String what) {
        if (input == null) {
            throw ProblemException.invalid("Send " + what + " as a JSON object.", List.of(new FieldProblem("/", "a JSON object")));
        }
        List<FieldProblem> errors = validator.validate(input).stream()
                .map(v -> new FieldProblem("/" + v.getPropertyPath(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::pointer)).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Some values of " + what + " are missing or out of bounds; see 'errors'.", errors);
        }
        return input;
    }
}
