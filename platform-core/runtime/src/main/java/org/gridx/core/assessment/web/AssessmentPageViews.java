package org.gridx.core.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridx.api.problem.Problem;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.assessment.indicator.Weights;
import org.gridx.core.assessment.scope.FigureScope;
import org.gridx.core.assessment.service.AssessmentNames;
import org.gridx.core.assessment.service.AssessmentSettingsService;
import org.gridx.core.assessment.service.IndicatorPeriods;
import org.gridx.core.assessment.service.IndicatorReport;
import org.gridx.core.assessment.service.IndicatorRequest;
import org.gridx.core.assessment.service.IndicatorTables;
import org.gridx.core.assessment.web.AssessmentPageView.Form;
import org.gridx.core.assessment.web.AssessmentPageView.Legend;
import org.gridx.core.assessment.web.AssessmentPageView.Option;

/** Builds the indicators page's view: choices within the caller's scope, the table, the formulas, the weights. */
@RequestScoped
public class AssessmentPageViews {

    @Inject
    FigureScope scope;
    @Inject
    AssessmentNames names;
    @Inject
    IndicatorPeriods periods;
    @Inject
    AssessmentSettingsService settings;

    @jakarta.transaction.Transactional
    public AssessmentPageView of(String tenant, Form form, IndicatorReport report, Problem problem, Locale locale) {
        AssessmentMessages t = AssessmentTexts.in(locale);
        IndicatorTableView table = null;
        String export = null;
        if (report != null) {
            IndicatorRequest r = report.request();
            table = IndicatorTableView.of(t.caption(r.from().toString(), r.to().toString()), IndicatorTables.of(report, locale), locale);
            export = "from=" + r.from() + "&to=" + r.to() + (r.node() == null ? "" : "&node=" + enc(r.node()))
                    + (r.by() == null ? "" : "&by=" + r.by().code());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem != null) {
            problem.errors().forEach(e -> errors.merge(e.pointer().replaceFirst("^/", ""), e.message(), (a, b) -> a + "; " + b));
        }
        Weights w = report != null ? report.weights() : settings.weights();
        return new AssessmentPageView(tenant, form, months(locale), nodes(locale), groupings(t), table, export,
                problem == null ? null : problem.detail(), errors, legend(locale), weights(w, locale), floors(w, t));
    }

    private List<Option> months(Locale locale) {
        return MonthPresets.lastTwelve(periods.today()).stream().map(m -> new Option(m, m)).toList();
    }

    private List<Option> nodes(Locale locale) {
        List<Option> out = new ArrayList<>();
        if (scope.ownDepartment().isPresent()) {
            return out;
        }
        if (scope.wholeTenant()) {
            out.add(new Option("", AssessmentTexts.in(locale).whole_tenant()));
        }
        names.subtrees(scope.wholeTenant() ? List.of() : scope.scopeCodes()).forEach(n -> out.add(new Option(n.code,
                "\u3000".repeat(Math.max(0, n.level - 1)) + ("en".equals(locale.getLanguage()) ? n.nameEn : n.nameZh))));
        return out;
    }

    private List<Option> groupings(AssessmentMessages t) {
        if (scope.ownDepartment().isPresent()) {
            return List.of(new Option("department", t.by_department()));
        }
        // a scoped caller is offered only levels at or below their own node (a grid's informant: grids)
        int top = scope.wholeTenant() ? 0 : scope.scopeCodes().stream().mapToInt(String::length).min().orElse(15);
        List<Option> out = new ArrayList<>(List.of(new Option("", t.by_none())));
        if (top <= 9) {
            out.add(new Option("street", t.by_street()));
        }
        if (top <= 12) {
            out.add(new Option("community", t.by_community()));
        }
        out.add(new Option("grid", t.by_grid()));
        if (scope.wholeTenant()) {
            out.add(new Option("department", t.by_department()));
            out.add(new Option("person", t.by_person()));
        }
        return out;
    }

    private static List<Legend> legend(Locale locale) {
        return Arrays.stream(Indicator.values()).map(i -> new Legend(i.code(), i.label().in(locale), i.formula().in(locale),
                i.higherIsBetter(), i.isHours())).toList();
    }

    static List<Option> weights(Weights w, Locale locale) {
        return w.weights().entrySet().stream().map(e -> new Option(String.valueOf(e.getValue()), e.getKey().label().in(locale))).toList();
    }

    static List<Option> floors(Weights w, AssessmentMessages t) {
        List<Option> out = new ArrayList<>();
        String[] grades = {"A", "B", "C", "D"};
        for (int i = 0; i < grades.length; i++) {
            out.add(new Option(grades[i], t.grade_floor(grades[i], plain(w.gradeFloors().get(i)))));
        }
        return out;
    }

    static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
