package org.gridx.core.assessment.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.tenancy.db.TransactionSql;

/**
 * Sums of {@code case_stat_day} for the current tenant: one statement per call, over at most one row per key
 * and day of the period, so the cost follows the period and the number of keys, never the number of cases.
 */
@ApplicationScoped
@jakarta.transaction.Transactional // the tenant is stamped on the connection per transaction (row-level security)
public class StatQuery {

    /** How a series groups days: {@code date_trunc} fields. */
    public enum Bucket { DAY, WEEK, MONTH }

    private static final List<StatCounter> ALL = List.of(StatCounter.values());

    @Inject
    TransactionSql sql;
    @Inject
    TenantContext tenants;

    /** Everything in the period, added up. */
    public Counters total(StatPeriod p) {
        Map<String, Counters> m = grouped(p, "''", ALL);
        return m.getOrDefault("", Counters.ZERO);
    }

    /** One sum per key (grid code, department code, username, grid|item), keys in order. */
    public Map<String, Counters> byKey(StatPeriod p) {
        return grouped(p, "key", ALL);
    }

    /**
     * One sum per key of only the counters named (the others read as 0): for calls over many keys that need
     * one or two figures, such as hot spots over every grid × item pair of a year.
     */
    public Map<String, Counters> byKey(StatPeriod p, StatCounter first, StatCounter... more) {
        List<StatCounter> only = new ArrayList<>(List.of(first));
        only.addAll(List.of(more));
        return grouped(p, "key", only);
    }

    /** One sum per day, ISO week (starting Monday) or month, in order; buckets without cases are absent. */
    public Map<LocalDate, Counters> series(StatPeriod p, Bucket bucket) {
        Map<LocalDate, Counters> m = new LinkedHashMap<>();
        grouped(p, "date_trunc('" + bucket.name().toLowerCase(java.util.Locale.ROOT) + "', day)::date::text", ALL)
                .forEach((k, v) -> m.put(LocalDate.parse(k), v));
        return m;
    }

    private Map<String, Counters> grouped(StatPeriod p, String groupBy, List<StatCounter> counters) {
        String sums = counters.stream().map(c -> "sum(" + c.column() + ")").collect(Collectors.joining(", "));
        StringBuilder query = new StringBuilder("SELECT " + groupBy + " AS g, " + sums
                + " FROM case_stat_day WHERE tenant_id = ? AND dim = ? AND day BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>(List.of(tenants.require(), p.dim().code(), p.dim().bucket(p.from()), p.to()));
        if (p.keyPrefix() != null) {
            query.append(" AND left(key, ?) = ?");
            params.add(p.keyPrefix().length());
            params.add(p.keyPrefix());
        }
        if (p.key() != null) {
            query.append(" AND key = ?");
            params.add(p.key());
        }
        query.append(" GROUP BY 1 ORDER BY 1");
        Map<String, Counters> out = new LinkedHashMap<>();
        sql.rows(query.toString(), rs -> {
            long[] v = new long[ALL.size()];
            for (int i = 0; i < counters.size(); i++) {
                v[counters.get(i).ordinal()] = rs.getLong(i + 2);
            }
            return out.put(rs.getString(1), Counters.of(v));
        }, params.toArray());
        return out;
    }
}
