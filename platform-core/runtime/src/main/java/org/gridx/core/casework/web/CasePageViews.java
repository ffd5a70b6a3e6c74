package org.gridx.core.casework.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.CaseState;
import org.gridx.core.casework.rest.CaseReporting;
import org.gridx.core.casework.rest.CaseView;
import org.gridx.core.casework.rest.TimelineView;
import org.gridx.core.casework.service.Actor;
import org.gridx.core.casework.service.CaseAccess;
import org.gridx.core.casework.service.ChainVerifier;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.grid.service.GridGeoJsonExport;

/** Builds the case page for the caller: only a case they may see, only the moves open to them. */
@ApplicationScoped
@Transactional
public class CasePageViews {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Timeline data worth showing, in this order (the rest is for machines: hashes, ids, flags). */
    private static final List<String> FACTS = List.of("department", "coDepartments", "assignee", "listDepartment",
            "returnedBy", "itemCode", "itemCorrectedFrom", "duplicateOf", "mergedInto", "merged", "extension", "due",
            "level", "handler", "rating", "onBehalf", "source", "grid");

    @Inject
    CaseReporting reporting;
    @Inject
    CaseAccess access;
    @Inject
    CaseRows rows;
    @Inject
    GridGeoJsonExport geo;

    public CasePageView of(String tenant, UUID id, Actor actor, Locale locale, boolean verify, String notice, List<String> errors) {
        CaseFile c = access.visible(id, actor);
        CaseView view = reporting.view(id, actor);
        Map<String, String> departments = rows.departmentNames(locale);
        CaseRow row = rows.of(List.of(c), locale, departments).get(0);
        CaseMessages t = CaseTexts.in(locale);
        List<CasePageView.Entry> entries = new ArrayList<>();
        List<CasePageView.Photo> all = new ArrayList<>();
        for (TimelineView e : view.timeline()) {
            String label = e.label() == null ? e.action() : e.label().in(locale);
            List<CasePageView.Photo> photos = e.photos().stream()
                    .map(m -> photo(tenant, m, t.photo_alt(label, String.valueOf(e.seq())))).toList();
            all.addAll(photos);
            entries.add(new CasePageView.Entry(e.seq(), e.at(), label, state(e.fromState(), locale), state(e.toState(), locale),
                    e.actor(), Role.fromCode(e.actorRole()).map(r -> r.label().in(locale)).orElse(e.actorRole()), e.note(),
                    photos, e.hash().substring(0, 12), e.hash(), facts(e.data(), departments, t)));
        }
        String coDepartments = String.join("、", c.coDepartments.stream().map(d -> departments.getOrDefault(d, d)).toList());
        ChainVerifier.Finding finding = verify ? reporting.verify(id, actor) : null;
        return new CasePageView(row, view, sourceLabel(c.source, t), coDepartments, entries, all,
                ActionSpecs.of(row, view.allowedActions(), locale, departments), mapGeojson(c), mapPoints(row), finding,
                notice, errors);
    }

    static CasePageView.Photo photo(String tenant, UUID media, String alt) {
        String base = "/api/t/" + tenant + "/media/" + media;
        return new CasePageView.Photo(base + "/thumbnail", base, alt);
    }

    private static String state(String code, Locale locale) {
        return CaseState.of(code).map(s -> s.label().in(locale)).orElse(code);
    }

    private static List<CasePageView.Fact> facts(Map<String, Object> data, Map<String, String> departments, CaseMessages t) {
        List<CasePageView.Fact> facts = new ArrayList<>();
        if (data == null) {
            return facts;
        }
        for (String key : FACTS) {
            Object v = data.get(key);
            if (v == null || v instanceof java.util.Collection<?> list && list.isEmpty()) {
                continue;
            }
            String value = v instanceof java.util.Collection<?> list
                    ? String.join("、", list.stream().map(x -> departments.getOrDefault(String.valueOf(x), String.valueOf(x))).toList())
                    : departments.getOrDefault(String.valueOf(v), String.valueOf(v));
            facts.add(new CasePageView.Fact(t.fact(key), value));
        }
        return facts;
    }

    private static String sourceLabel(String source, CaseMessages t) {
        return source == null ? "" : t.source(source);
    }

    /** The case's grid (its boundary, when drawn) for the little map beside the case's point. */
    private String mapGeojson(CaseFile c) {
        return GridNode.findLive(c.gridCode).map(n -> geo.export(n.code).toString())
                .orElse("{\"type\":\"FeatureCollection\",\"features\":[]}");
    }

    static String mapPoints(CaseRow... rows) {
        return points(List.of(rows));
    }

    static String points(List<CaseRow> rows) {
        ArrayNode a = JSON.createArrayNode();
        rows.stream().filter(CaseRow::hasPoint).forEach(r -> a.addObject().put("id", r.id().toString())
                .put("number", r.number()).put("title", r.title()).put("state", r.stateLabel()).put("overdue", r.overdue())
                .put("lon", r.lon()).put("lat", r.lat()));
        return a.toString();
    }
}
