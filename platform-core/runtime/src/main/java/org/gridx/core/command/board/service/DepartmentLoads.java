package org.gridx.core.command.board.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridx.core.assessment.fact.StatCounter;
import org.gridx.core.assessment.fact.StatDimension;
import org.gridx.core.assessment.fact.StatPeriod;
import org.gridx.core.assessment.fact.StatQuery;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.organisation.domain.Department;
import org.gridx.core.staffing.service.GridTree;

/**
 * The departments holding most open cases of the node in view. For the tenant's top node that is the
 * department sums of the figures; the figures have no grid × department sum, so below the top it is
 * counted from the node's open cases (the same index the map reads), never from all its cases.
 */
@ApplicationScoped
public class DepartmentLoads {

    static final int TOP = 10;

    @Inject
    StatQuery stats;
    @Inject
    OpenCases open;
    @Inject
    GridTree tree;

    public List<BoardView.DepartmentLoad> top(GridNode node, boolean tenantTop, LocalDate today) {
        Map<String, Long> counts = tenantTop
                ? stats.byKey(StatPeriod.of(StatDimension.DEPARTMENT, BoardFigures.BEGINNING, today), StatCounter.OPEN).entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(StatCounter.OPEN)))
                : open.perDepartment(tree.subtreeIds(node.id), TOP + 1).stream()
                        .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
        Map<String, Department> names = Department.<Department>listAll().stream()
                .collect(Collectors.toMap(d -> d.code, Function.identity()));
        return counts.entrySet().stream().filter(e -> e.getValue() > 0 && !StatDimension.NONE.equals(e.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).map(e -> {
                    Department d = names.get(e.getKey());
                    return new BoardView.DepartmentLoad(e.getKey(), d == null ? e.getKey() : d.nameZh,
                            d == null || d.nameEn == null ? e.getKey() : d.nameEn, e.getValue());
                }).toList();
    }
}
