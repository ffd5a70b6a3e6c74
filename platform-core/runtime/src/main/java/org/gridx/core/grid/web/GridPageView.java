package org.gridx.core.grid.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridx.core.grid.geo.CoverageProblem;
import org.gridx.core.grid.service.GridNodeView;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.web.PageLocales;

/** What the grid page shows: the tree as indented rows, the selected node and its staff, coverage, map data. */
public record GridPageView(List<Row> rows, Row selected, List<String> staff, List<CoverageProblem> problems,
        String geojson, String problemsJson) {

    public record Row(String code, String name, String kind, Integer households, int depth, boolean hasBoundary,
            boolean flagged, boolean selected) {
    }

    static List<Row> rows(List<GridNodeView> roots, List<CoverageProblem> problems, String selected, Locale locale) {
        List<Row> rows = new ArrayList<>();
        roots.forEach(r -> add(r, 0, rows, problems, selected, locale));
        return rows;
    }

    private static void add(GridNodeView n, int depth, List<Row> rows, List<CoverageProblem> problems, String selected,
            Locale locale) {
        boolean flagged = problems.stream().anyMatch(p -> p.nodes().contains(n.code()));
        rows.add(new Row(n.code(), PageLocales.EN.equals(locale) ? n.nameEn() : n.nameZh(), n.kind(), n.households(), depth,
                n.hasBoundary(), flagged, n.code().equals(selected)));
        n.children().forEach(c -> add(c, depth + 1, rows, problems, selected, locale));
    }

    static List<String> staff(List<Account> accounts) {
        return accounts.stream().map(a -> a.displayName + " (" + String.join(", ", a.roles) + ")").toList();
    }
}
