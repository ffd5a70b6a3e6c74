package org.gridx.core.assessment.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.fact.StatCounter;
import org.gridx.core.assessment.fact.StatDimension;
import org.gridx.core.assessment.fact.StatPeriod;
import org.gridx.core.assessment.fact.StatQuery;

/**
 * 热点: which item in which grid is reported most, from the monthly grid × item sums (two StatQuery
 * statements: this period and the one before), plus a grid × month matrix for the top items (one more).
 * Cost follows months × pairs present, never the number of cases.
 */
@ApplicationScoped
@Transactional
public class HotSpots {

    /** How many of the top items get a heat map. */
    static final int MATRIX_ITEMS = 3;

    @Inject
    StatQuery stats;
    @Inject
    HeatMatrices matrices;
    @Inject
    Names names;

    public HotSpotReport of(Period asked, String node, int limit, boolean en) {
        Period months = asked.wholeMonths();
        Period before = months.previousMonths();
        Map<String, Counters> now = stats.byKey(period(months, node), StatCounter.REPORTED);
        Map<String, Counters> prev = stats.byKey(period(before, node), StatCounter.REPORTED);
        long total = now.values().stream().mapToLong(c -> c.get(StatCounter.REPORTED)).sum();
        List<Map.Entry<String, Counters>> ranked = now.entrySet().stream()
                .filter(e -> e.getValue().get(StatCounter.REPORTED) > 0)
                .sorted(Comparator.<Map.Entry<String, Counters>>comparingLong(e -> -e.getValue().get(StatCounter.REPORTED))
                        .thenComparing(Map.Entry::getKey))
                .limit(limit).toList();
        Set<String> grids = new LinkedHashSet<>();
        Set<String> items = new LinkedHashSet<>();
        ranked.forEach(e -> {
            grids.add(ItemKeys.of(e.getKey()).grid());
            items.add(ItemKeys.of(e.getKey()).item());
        });
        List<String> topItems = topItems(now);
        List<HeatMatrix> heat = matrices.of(months, node, topItems);
        heat.forEach(m -> grids.addAll(m.gridCodes()));
        items.addAll(topItems);
        Map<String, String> gridNames = names.grids(grids, en);
        Map<String, String> itemNames = itemNames(items, en);
        List<HotSpot> top = new ArrayList<>();
        for (Map.Entry<String, Counters> e : ranked) {
            ItemKeys k = ItemKeys.of(e.getKey());
            long n = e.getValue().get(StatCounter.REPORTED);
            long p = prev.getOrDefault(e.getKey(), Counters.ZERO).get(StatCounter.REPORTED);
            top.add(new HotSpot(top.size() + 1, k.grid(), gridNames.getOrDefault(k.grid(), k.grid()), k.item(),
                    itemNames.getOrDefault(k.item(), k.item()), n, total == 0 ? 0 : (double) n / total, p,
                    p == 0 ? null : Math.round((n - p) * 1000.0 / p) / 10.0));
        }
        List<HeatMatrix> named = heat.stream().map(m -> new HeatMatrix(m.itemCode(),
                itemNames.getOrDefault(m.itemCode(), m.itemCode()), m.months(), m.gridCodes(),
                m.gridCodes().stream().map(g -> gridNames.getOrDefault(g, g)).toList(), m.values())).toList();
        return new HotSpotReport(asked, months, before, total, top, named);
    }

    private static StatPeriod period(Period p, String node) {
        StatPeriod s = StatPeriod.of(StatDimension.GRID_ITEM, p.from(), p.to());
        return node == null ? s : s.under(node);
    }

    /** The items with the most reports under the node, summed over its grids. */
    private static List<String> topItems(Map<String, Counters> now) {
        Map<String, Long> perItem = new HashMap<>();
        now.forEach((k, c) -> perItem.merge(ItemKeys.of(k).item(), c.get(StatCounter.REPORTED), Long::sum));
        return perItem.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MATRIX_ITEMS).map(Map.Entry::getKey).toList();
    }

    private Map<String, String> itemNames(Set<String> items, boolean en) {
        Map<String, String> m = new HashMap<>(names.items(items, en));
        if (items.contains(ItemKeys.SERVICE)) {
            m.put(ItemKeys.SERVICE, ItemKeys.serviceName(en));
        }
        return m;
    }
}
