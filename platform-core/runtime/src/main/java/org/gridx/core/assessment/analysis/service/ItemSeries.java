package org.gridx.core.assessment.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.tenancy.db.TransactionSql;

/**
 * The trend counters of one item under a node, per month, in one statement over the monthly grid × item sums
 * (StatPeriod matches a key prefix or an exact key; the item is the key's second half).
 */
@ApplicationScoped
@Transactional
public class ItemSeries {

    @Inject
    TransactionSql sql;
    @Inject
    TenantContext tenants;

    public Map<LocalDate, Counters> monthly(Period months, String node, String item) {
        String prefix = node == null ? "" : node;
        Map<LocalDate, Counters> out = new LinkedHashMap<>();
        sql.rows("SELECT day, sum(reported), sum(closed), sum(overdue_pending), sum(rated), sum(satisfied) "
                + "FROM case_stat_day WHERE tenant_id = ? AND dim = 'grid-item' AND day BETWEEN ? AND ? "
                + "AND left(key, ?) = ? AND split_part(key, '|', 2) = ? GROUP BY day ORDER BY day",
                rs -> out.put(rs.getObject(1, LocalDate.class), Counters.of(Map.of("reported", rs.getLong(2),
                        "closed", rs.getLong(3), "overdue_pending", rs.getLong(4), "rated", rs.getLong(5),
                        "satisfied", rs.getLong(6)))),
                tenants.require(), months.from(), months.to(), prefix.length(), prefix, item);
        return out;
    }

    public Counters total(Period months, String node, String item) {
        return monthly(months, node, item).values().stream().reduce(Counters.ZERO, Counters::plus);
    }
}
