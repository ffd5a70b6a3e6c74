package org.gridx.core.assessment.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.analysis.service.ClusterFinder.Group;
import org.gridx.core.tenancy.db.TransactionSql;

/**
 * 重复发生: the same item reported again and again around one place. One indexed statement reads the located
 * reports of the window (newest first, at most {@link #MAX_ROWS}: case_file_recent_located from core/074, an
 * index-only range scan on (tenant, reported_at), which carries the item to filter on), then
 * {@link ClusterFinder} groups them in memory. Merged duplicates and rejected reports are left out: they are
 * one problem told twice, or no problem.
 */
@ApplicationScoped
@Transactional
public class Recurrences {

    public static final int MAX_ROWS = 50_000;

    @Inject
    TransactionSql sql;
    @Inject
    TenantContext tenants;
    @Inject
    Today today;
    @Inject
    Names names;

    public RecurrenceReport find(Period window, String node, String item, int radius, int minReports, int limit, boolean en) {
        ZoneId zone = today.zone();
        List<CasePoint> points = read(window, node, item, zone);
        boolean truncated = points.size() > MAX_ROWS;
        if (truncated) {
            points = points.subList(0, MAX_ROWS);
        }
        List<Group> groups = ClusterFinder.groups(points, radius).stream().filter(g -> g.members().size() >= minReports)
                .sorted(Comparator.<Group>comparingInt(g -> -g.members().size()).thenComparing(Group::item)).limit(limit).toList();
        Set<String> items = new HashSet<>();
        Set<String> grids = new HashSet<>();
        groups.forEach(g -> {
            items.add(g.item());
            grids.add(mainGrid(g));
        });
        Map<String, String> itemNames = names.items(items, en);
        Map<String, String> gridNames = names.grids(grids, en);
        List<Cluster> clusters = new ArrayList<>();
        for (Group g : groups) {
            double[] c = ClusterFinder.centre(g);
            String grid = mainGrid(g);
            LocalDate first = g.members().stream().map(p -> p.reportedAt().atZone(zone).toLocalDate()).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = g.members().stream().map(p -> p.reportedAt().atZone(zone).toLocalDate()).max(LocalDate::compareTo).orElseThrow();
            clusters.add(new Cluster(g.item(), itemNames.getOrDefault(g.item(), g.item()), grid, gridNames.getOrDefault(grid, grid),
                    Math.round(c[0] * 1e6) / 1e6, Math.round(c[1] * 1e6) / 1e6, g.members().size(), first, last,
                    (int) g.members().stream().filter(CasePoint::open).count()));
        }
        return new RecurrenceReport(window, radius, minReports, clusters, points.size(), truncated);
    }

    private List<CasePoint> read(Period window, String node, String item, ZoneId zone) {
        String prefix = node == null ? "" : node;
        StringBuilder q = new StringBuilder("SELECT item_code, grid_code, lon, lat, reported_at, state FROM case_file "
                + "WHERE tenant_id = ? AND lon IS NOT NULL AND item_code IS NOT NULL AND reported_at >= ? AND reported_at < ? "
                + "AND state NOT IN ('merged', 'rejected') AND left(grid_code, ?) = ?");
        List<Object> params = new ArrayList<>(List.of(tenants.require(),
                java.sql.Timestamp.from(window.from().atStartOfDay(zone).toInstant()),
                java.sql.Timestamp.from(window.to().plusDays(1).atStartOfDay(zone).toInstant()), prefix.length(), prefix));
        if (item != null) {
            q.append(" AND item_code = ?");
            params.add(item);
        }
        q.append(" ORDER BY reported_at DESC LIMIT ").append(MAX_ROWS + 1);
        return sql.rows(q.toString(), rs -> new CasePoint(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                rs.getTimestamp(5).toInstant(), !Set.of("closed", "evaluated").contains(rs.getString(6))), params.toArray());
    }

    /** The grid most members were reported in (the first in code order on a tie). */
    private static String mainGrid(Group g) {
        return g.members().stream().collect(Collectors.groupingBy(CasePoint::grid, java.util.TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.<String, Long>comparingByKey().reversed()))
                .map(Map.Entry::getKey).orElseThrow();
    }
}
