package org.gridx.core.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.fact.StatDimension;
import org.gridx.core.assessment.fact.StatPeriod;
import org.gridx.core.assessment.fact.StatQuery;
import org.gridx.core.tenancy.service.TenantDirectory;

/**
 * The indicator rows of a checked request. Each request costs one sum over {@code case_stat_day} and at most
 * one query for names, however many cases, days or rows: a community's row adds up the grid keys under its
 * code here in Java. Nodes and departments without cases still get a (blank) row, so nobody is missing from
 * the table; reporters appear only when they reported.
 */
@ApplicationScoped
@Transactional
public class IndicatorService {

    static final LocalizedText NO_DEPARTMENT = LocalizedText.of("未派遣（无部门）", "Not dispatched (no department)");
    static final LocalizedText NO_ACCOUNT = LocalizedText.of("无账号（热线、Open311 等）", "No account (hotline, Open311, …)");

    @Inject
    StatQuery stats;
    @Inject
    AssessmentNames names;
    @Inject
    AssessmentSettingsService settings;
    @Inject
    TenantDirectory directory;
    @Inject
    TenantContext tenants;

    public IndicatorReport report(IndicatorRequest r) {
        IndicatorGrouping by = r.by();
        List<IndicatorRow> rows = by == null ? List.of(whole(r))
                : by == IndicatorGrouping.DEPARTMENT ? departments(r)
                : by == IndicatorGrouping.PERSON ? persons(r)
                : nodes(r, by.codeLength());
        return new IndicatorReport(r, settings.weights(), rows);
    }

    private IndicatorRow whole(IndicatorRequest r) {
        Counters total = stats.total(period(StatDimension.GRID, r));
        if (r.node() == null) {
            String t = tenants.require();
            return new IndicatorRow(t, LocalizedText.of(directory.name(t, false), directory.name(t, true)), total);
        }
        LocalizedText name = names.nodes(r.node(), r.node().length()).getOrDefault(r.node(), LocalizedText.of(r.node(), r.node()));
        return new IndicatorRow(r.node(), name, total);
    }

    private List<IndicatorRow> nodes(IndicatorRequest r, int length) {
        Map<String, LocalizedText> labels = names.nodes(r.node(), length);
        Map<String, Counters> sums = new TreeMap<>();
        labels.keySet().forEach(code -> sums.put(code, Counters.ZERO));
        stats.byKey(period(StatDimension.GRID, r)).forEach((key, c) -> {
            if (key.length() >= length) {
                sums.merge(key.substring(0, length), c, Counters::plus);
            }
        });
        return rows(sums, labels, null);
    }

    private List<IndicatorRow> departments(IndicatorRequest r) {
        StatPeriod p = period(StatDimension.DEPARTMENT, r);
        Map<String, LocalizedText> labels = names.departments();
        Map<String, Counters> sums = new TreeMap<>();
        if (r.department() != null) {
            sums.put(r.department(), Counters.ZERO);
            p = p.only(r.department());
        } else {
            labels.keySet().forEach(code -> sums.put(code, Counters.ZERO));
        }
        sums.putAll(stats.byKey(p));
        return rows(sums, labels, NO_DEPARTMENT);
    }

    private List<IndicatorRow> persons(IndicatorRequest r) {
        Map<String, Counters> sums = new TreeMap<>(stats.byKey(period(StatDimension.PERSON, r)));
        return rows(sums, names.accounts(sums.keySet()), NO_ACCOUNT);
    }

    private static List<IndicatorRow> rows(Map<String, Counters> sums, Map<String, LocalizedText> labels, LocalizedText none) {
        List<IndicatorRow> rows = new ArrayList<>();
        sums.forEach((code, c) -> {
            LocalizedText label = StatDimension.NONE.equals(code) && none != null ? none
                    : labels.getOrDefault(code, LocalizedText.of(code, code));
            rows.add(new IndicatorRow(code, label, c));
        });
        return rows;
    }

    private static StatPeriod period(StatDimension dim, IndicatorRequest r) {
        StatPeriod p = StatPeriod.of(dim, r.from(), r.to());
        return r.node() == null ? p : p.under(r.node());
    }
}
