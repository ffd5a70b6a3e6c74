package org.gridx.core.assessment.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.assessment.indicator.Weights;
import org.gridx.core.assessment.report.service.StreetSummary;
import org.gridx.core.assessment.scope.FigureScope;
import org.gridx.core.assessment.scorecard.service.AssessmentMonth;
import org.gridx.core.assessment.scorecard.service.Scorecard;
import org.gridx.core.assessment.scorecard.service.ScorecardKind;
import org.gridx.core.assessment.scorecard.service.ScorecardScope;
import org.gridx.core.assessment.scorecard.service.Scorecards;
import org.gridx.core.assessment.scorecard.web.ScorecardMessages;
import org.gridx.core.assessment.scorecard.web.ScorecardTexts;
import org.gridx.core.assessment.service.AssessmentSettingsService;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.tenancy.service.TenantZone;

/** Builds the monthly report from the summary, the four scorecards (as the caller may see them) and the weights. */
@RequestScoped
public class MonthlyReportViews {

    @Inject
    AssessmentMonth months;
    @Inject
    StreetSummary summary;
    @Inject
    Scorecards scorecards;
    @Inject
    ScorecardScope scope;
    @Inject
    FigureScope figureScope;
    @Inject
    AssessmentSettingsService weights;
    @Inject
    GridxClock clock;
    @Inject
    TenantZone zone;

    public MonthlyReportView view(String tenant, String siteName, String month, String node, Locale locale) {
        YearMonth m = months.parse(month, "month");
        YearMonth p = m.minusMonths(1);
        ScorecardMessages t = ScorecardTexts.in(locale);
        Optional<String> under = figureScope.node(node);
        var figures = ReportFigures.of(summary.of(m.atDay(1), m.atEndOfMonth(), under),
                summary.of(p.atDay(1), p.atEndOfMonth(), under), locale);
        List<MonthlyReportView.GradeCounts> grades = new ArrayList<>();
        List<MonthlyReportView.Section> sections = new ArrayList<>();
        Set<Indicator> used = new LinkedHashSet<>();
        for (ScorecardKind k : List.of(ScorecardKind.COMMUNITY, ScorecardKind.GRID, ScorecardKind.WORKER, ScorecardKind.DEPARTMENT)) {
            Scorecard card = scorecards.of(m, k, scope.visible(k, node));
            grades.add(ReportSections.grades(card, t.kind(k.code())));
            sections.add(ReportSections.section(card, t.kind(k.code()), locale));
            used.addAll(k.indicators());
        }
        Weights w = weights.weights();
        used.addAll(w.weights().keySet());
        String weightText = w.weights().entrySet().stream().map(e -> e.getKey().label().in(locale) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        List<Double> f = w.gradeFloors();
        String generated = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(clock.now().atZone(zone.current()));
        return new MonthlyReportView(locale.getLanguage().equals("en") ? "en" : "zh-CN", tenant, siteName, m.toString(),
                t.generated(generated), figures, grades, sections,
                used.stream().map(i -> new MonthlyReportView.Formula(i.label().in(locale), i.formula().in(locale))).toList(),
                t.score_formula(weightText, num(f.get(0)), num(f.get(1)), num(f.get(2)), num(f.get(3))));
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
