package org.gridx.core.command.board.service;

import java.util.List;
import org.gridx.core.command.duty.service.DutyView;

/**
 * {@code GET /command/board}: the node in view, its key figures, the 30-day trend, its parts (communities
 * of the street, grids of a community) and the departments holding most of its open cases, and today's
 * roster. Rates are null when there is nothing to divide by.
 */
public record BoardView(NodeRef node, List<NodeRef> path, String today, Kpis kpis, Trend trend, List<Part> parts,
        List<DepartmentLoad> departments, List<DutyView> duty) {

    /**
     * 今日上报, 在办, 超期未办, 本月结案 (of cases reported this month), 处置率 HANDLED/DISPATCHED and 满意率
     * SATISFIED/RATED over the cases reported this month, with the counts they come from.
     */
    public record Kpis(long todayReported, long open, long overduePending, long closedThisMonth, long handled,
            long dispatched, Double disposalRate, long satisfied, long rated, Double satisfaction) {
    }

    /** One entry per day, oldest first, days without cases as zero. */
    public record Trend(List<String> days, List<Long> reported, List<Long> closed) {
    }

    /** A child node's open and overdue-pending cases now. */
    public record Part(NodeRef node, long open, long overduePending) {
    }

    public record DepartmentLoad(String code, String nameZh, String nameEn, long open) {
    }
}
