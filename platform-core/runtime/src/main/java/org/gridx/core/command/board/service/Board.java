package org.gridx.core.command.board.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.command.duty.service.DutyDays;
import org.gridx.core.command.duty.service.Roster;
import org.gridx.core.grid.domain.GridNode;

/** Puts the board's JSON together for the node in view (the caller's own top node by default). */
@RequestScoped
public class Board {

    @Inject
    BoardScope scope;
    @Inject
    BoardNodes nodes;
    @Inject
    BoardFigures figures;
    @Inject
    DepartmentLoads departments;
    @Inject
    Roster roster;
    @Inject
    DutyDays days;

    @Transactional
    public BoardView of(String code) {
        GridNode node = scope.node(code);
        LocalDate today = days.today();
        Map<String, Counters> byGrid = figures.openByGrid(node, today);
        Map<LocalDate, Counters> trend = figures.trend(node, today);
        List<GridNode> children = nodes.children(node);
        return new BoardView(NodeRef.of(node), nodes.path(node), today.toString(),
                figures.kpis(node, today, byGrid, trend), BoardFigures.trendView(trend, today),
                BoardFigures.parts(children, byGrid), departments.top(node, node.parentId == null, today),
                roster.on(today));
    }
}
