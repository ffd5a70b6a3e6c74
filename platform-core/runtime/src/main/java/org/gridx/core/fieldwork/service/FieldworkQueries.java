package org.gridx.core.fieldwork.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.fieldwork.domain.FieldVisit;
import org.gridx.core.fieldwork.domain.ResidentAppeal;
import org.gridx.core.fieldwork.rest.AppealView;
import org.gridx.core.fieldwork.rest.VisitView;

/** Lists and reads visits and appeals the caller may see, newest first. */
@ApplicationScoped
@Transactional
public class FieldworkQueries {

    @Inject
    FieldAccess access;

    public List<VisitView> visits(String node, boolean mine, int limit) {
        Set<UUID> nodes = access.visibleNodes(node);
        if (nodes.isEmpty()) {
            return List.of();
        }
        var query = mine ? FieldVisit.<FieldVisit>find("nodeId in ?1 and recordedBy = ?2 order by visitedAt desc", nodes, access.me())
                : FieldVisit.<FieldVisit>find("nodeId in ?1 order by visitedAt desc", nodes);
        return query.page(0, limit).list().stream().map(VisitView::of).toList();
    }

    public VisitView visit(UUID id) {
        FieldVisit v = FieldVisit.findById(id);
        if (v == null || !access.canSee(v.nodeId, v.recordedBy)) {
            throw ProblemException.notFound("There is no visit " + id + " that you can see.");
        }
        return VisitView.of(v);
    }

    public List<AppealView> appeals(String node, String status, boolean mine, int limit) {
        Set<UUID> nodes = access.visibleNodes(node);
        if (nodes.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("nodeId in :nodes");
        var params = io.quarkus.panache.common.Parameters.with("nodes", nodes);
        if (mine) {
            where.append(" and recordedBy = :me");
            params.and("me", access.me());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        return ResidentAppeal.<ResidentAppeal>find(where + " order by raisedAt desc", params).page(0, limit)
                .list().stream().map(AppealView::of).toList();
    }
}
