package org.gridx.core.fieldwork.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.staffing.service.Caller;
import org.gridx.core.staffing.service.GridTree;

/**
 * Checks a stats request: the node must be in the caller's scope (tenant-wide roles: any; no node given:
 * the first node of the caller's scope, or the tree's root), dates default to this month so far.
 */
@RequestScoped
public class StatsRequest {

    /** A year of days is the longest range one answer covers; longer ranges go through an export. */
    static final int MAX_DAYS = 366 * 2;

    @Inject
    Caller caller;
    @Inject
    GridTree tree;

    public record Resolved(GridNode node, LocalDate from, LocalDate to) {
    }

    public Resolved resolve(String nodeCode, String fromText, String toText) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate to = date(toText, LocalDate.now(), "to", problems);
        LocalDate from = date(fromText, to.withDayOfMonth(1), "from", problems);
        if (problems.isEmpty() && (from.isAfter(to) || from.plusDays(MAX_DAYS).isBefore(to))) {
            problems.add(new FieldProblem("from", "must be on or before 'to' and at most " + MAX_DAYS + " days before it"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Unusable period.", problems);
        }
        GridNode node = nodeCode == null || nodeCode.isBlank() ? defaultNode() : tree.node(nodeCode.strip(), "node");
        if (!caller.tenantWide() && !tree.within(node, caller.scope())) {
            throw ProblemException.forbidden("Grid " + node.code + " is outside your grid scope " + caller.scope() + ".");
        }
        return new Resolved(node, from, to);
    }

    private GridNode defaultNode() {
        if (!caller.tenantWide() && !caller.scope().isEmpty()) {
            return tree.node(caller.scope().get(0), "node");
        }
        return GridNode.<GridNode>find("parentId is null order by code").firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("This tenant has no grid yet."));
    }

    private static LocalDate date(String text, LocalDate fallback, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "use a date like 2026-03-01"));
            return fallback;
        }
    }
}
