package org.gridx.core.fieldwork.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.gridx.core.fieldwork.rest.StatsView;
import org.gridx.core.fieldwork.rest.StatsView.Row;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.tenancy.domain.Tenant;

/**
 * Counts visits, appeals collected (by when raised) and appeals resolved (by when resolved) under a node,
 * in one query over its subtree. Per worker, an appeal counts for the worker who collected it. Days,
 * weeks (Monday first), months and years are those of the tenant's time zone.
 */
@ApplicationScoped
public class FieldStats {

    private static final Map<String, String> KEY = Map.of(
            "grid", "g.code AS key, g.name_zh AS name",
            "worker", "a.username AS key, a.display_name AS name");
    private static final String SQL = """
            WITH RECURSIVE sub(id) AS (SELECT id FROM grid_node WHERE id = :root
              UNION ALL SELECT g.id FROM grid_node g JOIN sub s ON g.parent_id = s.id),
            facts AS (
              SELECT node_id, recorded_by, visited_at AS at, 1 AS v, 0 AS c, 0 AS r FROM field_visit
                WHERE node_id IN (SELECT id FROM sub) AND visited_at >= :start AND visited_at < :end
              UNION ALL SELECT node_id, recorded_by, raised_at, 0, 1, 0 FROM resident_appeal
                WHERE node_id IN (SELECT id FROM sub) AND raised_at >= :start AND raised_at < :end
              UNION ALL SELECT node_id, recorded_by, resolved_at, 0, 0, 1 FROM resident_appeal
                WHERE node_id IN (SELECT id FROM sub) AND status = 'resolved' AND resolved_at >= :start AND resolved_at < :end)
            SELECT %s, %s AS period, sum(f.v), sum(f.c), sum(f.r)
            FROM facts f JOIN grid_node g ON g.id = f.node_id JOIN account a ON a.id = f.recorded_by
            GROUP BY 1, 2, 3 ORDER BY 1, 3""";

    @Inject
    EntityManager em;

    @Transactional
    public StatsView count(GridNode node, LocalDate from, LocalDate to, String by, String period) {
        ZoneId zone = ZoneId.of(Tenant.<Tenant>findByIdOptional(node.tenantId).map(t -> t.timeZone).orElse("Asia/Shanghai"));
        String bucket = "all".equals(period) ? "CAST(NULL AS date)"
                : "CAST(date_trunc('" + period + "', f.at AT TIME ZONE :zone) AS date)";
        var q = em.createNativeQuery(SQL.formatted(KEY.get(by), bucket), Object[].class)
                .setParameter("root", node.id)
                .setParameter("start", from.atStartOfDay(zone).toOffsetDateTime())
                .setParameter("end", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        if (!"all".equals(period)) {
            q.setParameter("zone", zone.getId());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = q.getResultList();
        List<Row> rows = result.stream().map(r -> new Row((String) r[0], (String) r[1],
                day(r[2]), num(r[3]), num(r[4]), num(r[5]))).toList();
        var totals = new StatsView.Counts(rows.stream().mapToLong(Row::visits).sum(),
                rows.stream().mapToLong(Row::appealsCollected).sum(), rows.stream().mapToLong(Row::appealsResolved).sum());
        return new StatsView(node.code, from, to, by, period, rows, totals);
    }

    private static LocalDate day(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
