package org.gridx.core.assessment.scorecard.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridx.api.identity.Role;
import org.gridx.core.assessment.reward.service.RewardRules;
import org.gridx.core.assessment.reward.service.RewardStatement;
import org.gridx.core.assessment.reward.service.RewardTable;
import org.gridx.core.assessment.reward.service.Rewards;
import org.gridx.core.assessment.scorecard.service.AssessmentMonth;
import org.gridx.core.assessment.scorecard.service.FreezeRecord;
import org.gridx.core.assessment.scorecard.service.Scorecard;
import org.gridx.core.assessment.scorecard.service.ScorecardKind;
import org.gridx.core.assessment.scorecard.service.ScorecardScope;
import org.gridx.core.assessment.scorecard.service.ScorecardTable;
import org.gridx.core.assessment.scorecard.service.Scorecards;
import org.gridx.core.tenancy.service.TenantZone;

/** Builds the scorecards page from the same services and tables as the API and its exports. */
@RequestScoped
public class ScorecardsPageViews {

    static final String REWARDS = "rewards";

    @Inject
    Scorecards scorecards;
    @Inject
    Rewards rewards;
    @Inject
    RewardRules rules;
    @Inject
    ScorecardScope scope;
    @Inject
    AssessmentMonth months;
    @Inject
    TenantZone zone;
    @Inject
    SecurityIdentity identity;

    public ScorecardsPageView view(String tenant, String month, String of, String node, Locale locale) {
        YearMonth m = months.parse(month, "month");
        List<String> codes = tabs();
        String kind = of != null && codes.contains(of) ? of : codes.get(0);
        ScorecardMessages t = ScorecardTexts.in(locale);
        String base = "/t/" + tenant + "/assessment/scorecards?month=" + m + "&of=";
        List<Tab> tabs = codes.stream().map(c -> new Tab(c, t.kind(c), base + c, c.equals(kind))).toList();
        String api = "/api/t/" + tenant + "/assessment/" + (REWARDS.equals(kind) ? "rewards?month=" + m
                : "scorecards?month=" + m + "&of=" + kind) + (node == null || node.isBlank() ? "" : "&node=" + node.strip());
        if (REWARDS.equals(kind)) {
            List<RewardStatement> list = rewards.of(m, scope.visible(ScorecardKind.WORKER, node));
            PageTable table = PageTable.of(RewardTable.of(list, t.kind(kind) + " " + m, locale), 3);
            return new ScorecardsPageView(tenant, m.toString(), months.current().toString(), kind, tabs, table, null, null,
                    api + "&format=csv", api + "&format=xlsx", list.stream().map(s -> RewardDetail.of(s, locale)).toList(),
                    !rules.current().configured(), false, false, null);
        }
        ScorecardKind k = ScorecardKind.of(kind).orElseThrow();
        Scorecard card = scorecards.of(m, k, scope.visible(k, node));
        PageTable table = PageTable.of(ScorecardTable.of(card, t.kind(kind) + " " + m, locale), ScorecardTable.gradeColumn(k));
        FreezeRecord f = card.frozen();
        return new ScorecardsPageView(tenant, m.toString(), months.current().toString(), kind, tabs, table,
                f == null ? null : t.frozen(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(f.frozenAt().atZone(zone.current())),
                        f.frozenBy()), f == null ? null : f.reason(), api + "&format=csv", api + "&format=xlsx", List.of(), false,
                identity.hasRole(Role.Names.TENANT_ADMIN) && m.isBefore(months.current()), f != null, null);
    }

    /** A department handler reads only the departments' scorecard; everyone else every tab. */
    private List<String> tabs() {
        if (scope.departmentOnly()) {
            return List.of(ScorecardKind.DEPARTMENT.code());
        }
        List<String> codes = new ArrayList<>();
        for (ScorecardKind k : ScorecardKind.values()) {
            codes.add(k.code());
        }
        codes.add(REWARDS);
        return codes;
    }
}
