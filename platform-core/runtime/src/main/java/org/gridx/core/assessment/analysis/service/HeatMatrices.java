package org.gridx.core.assessment.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.tenancy.db.TransactionSql;

/**
 * Grid × month reports of some items, in one statement over the monthly grid × item sums (StatQuery sums per
 * key or per bucket, not both): rows read = months × grids reporting those items, whatever the case count.
 */
@ApplicationScoped
@Transactional
public class HeatMatrices {

    private record Cell(String item, String grid, LocalDate month, long reports) {
    }

    @Inject
    TransactionSql sql;
    @Inject
    TenantContext tenants;

    /** One matrix per item, in the order given; names are left as codes (the caller names them). */
    public List<HeatMatrix> of(Period months, String node, List<String> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        String prefix = node == null ? "" : node;
        List<Cell> cells = sql.rows("SELECT split_part(key, '|', 2), split_part(key, '|', 1), day, sum(reported) "
                + "FROM case_stat_day WHERE tenant_id = ? AND dim = 'grid-item' AND day BETWEEN ? AND ? "
                + "AND left(key, ?) = ? AND split_part(key, '|', 2) = ANY(?) GROUP BY key, day HAVING sum(reported) > 0",
                rs -> new Cell(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4)),
                tenants.require(), months.from(), months.to(), prefix.length(), prefix, items.toArray(String[]::new));
        List<String> monthKeys = new ArrayList<>();
        for (LocalDate m = months.from(); !m.isAfter(months.to()); m = m.plusMonths(1)) {
            monthKeys.add(m.toString().substring(0, 7));
        }
        List<HeatMatrix> out = new ArrayList<>();
        for (String item : items) {
            Map<String, Map<String, Long>> byGrid = new TreeMap<>();
            cells.stream().filter(c -> c.item().equals(item)).forEach(c -> byGrid.computeIfAbsent(c.grid(), g -> new TreeMap<>())
                    .merge(c.month().toString().substring(0, 7), c.reports(), Long::sum));
            List<List<Long>> values = byGrid.values().stream()
                    .map(row -> monthKeys.stream().map(mk -> row.getOrDefault(mk, 0L)).toList()).toList();
            out.add(new HeatMatrix(item, item, monthKeys, new ArrayList<>(new TreeSet<>(byGrid.keySet())), null, values));
        }
        return out;
    }
}
