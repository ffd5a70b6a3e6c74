package org.gridx.core.assessment.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.assessment.scope.FigureScope;

/**
 * Which rows the caller may ask for. Grid rows follow {@link FigureScope#node}: a community chief gets their
 * community, another community is not found. Department and reporter figures carry no grid, so they cannot
 * be cut down to a part of the grid: only the command centre (whole tenant) sees them, and a department
 * handler sees exactly their own department's row — asking for anything else is refused with the reason.
 */
@RequestScoped
public class IndicatorScopes {

    @Inject
    FigureScope scope;

    public IndicatorRequest resolve(IndicatorPeriods.Period period, String node, String by) {
        IndicatorGrouping grouping = grouping(by);
        boolean nodeGiven = node != null && !node.isBlank();
        Optional<String> department = scope.ownDepartment();
        if (department.isPresent()) {
            if ((grouping == null || grouping == IndicatorGrouping.DEPARTMENT) && !nodeGiven) {
                return new IndicatorRequest(period.from(), period.to(), null, IndicatorGrouping.DEPARTMENT, department.get());
            }
            throw ProblemException.forbidden("A department handler sees only their own department's figures: ask for "
                    + "by=department without a node.");
        }
        if (grouping == IndicatorGrouping.DEPARTMENT || grouping == IndicatorGrouping.PERSON) {
            if (!scope.wholeTenant()) {
                throw ProblemException.forbidden("Department and reporter figures are not kept per grid, so they cannot "
                        + "be limited to your part of it; only the command centre sees them. Ask for by=community or by=grid.");
            }
            if (nodeGiven) {
                throw ProblemException.invalid("Department and reporter rows cover the whole tenant.",
                        List.of(new FieldProblem("node", "leave node out with by=" + grouping.code())));
            }
            return new IndicatorRequest(period.from(), period.to(), null, grouping, null);
        }
        String prefix = scope.node(node).orElse(null);
        if (grouping != null && prefix != null && prefix.length() > grouping.codeLength()) {
            throw ProblemException.invalid("Node " + prefix + " lies inside a single " + grouping.code() + ".",
                    List.of(new FieldProblem("by", "a finer grouping than the node, or none")));
        }
        return new IndicatorRequest(period.from(), period.to(), prefix, grouping, null);
    }

    private static IndicatorGrouping grouping(String by) {
        if (by == null || by.isBlank()) {
            return null;
        }
        return IndicatorGrouping.of(by.strip()).orElseThrow(() -> ProblemException.invalid("Unknown grouping: " + by,
                List.of(new FieldProblem("by", "one of " + IndicatorGrouping.codes() + ", or leave it out for one row"))));
    }
}
