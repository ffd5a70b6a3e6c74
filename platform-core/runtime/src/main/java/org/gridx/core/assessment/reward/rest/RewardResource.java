package org.gridx.core.assessment.reward.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.core.assessment.export.TableExport;
import org.gridx.core.assessment.reward.service.RewardRules;
import org.gridx.core.assessment.reward.service.RewardStatement;
import org.gridx.core.assessment.reward.service.RewardTable;
import org.gridx.core.assessment.reward.service.Rewards;
import org.gridx.core.assessment.scorecard.service.AssessmentMonth;
import org.gridx.core.assessment.scorecard.service.ScorecardKind;
import org.gridx.core.assessment.scorecard.service.ScorecardScope;
import org.gridx.core.web.RequestLocale;

/**
 * The informants' rewards of a month, each computed line by line from their scorecard and the rules (JSON,
 * or CSV/XLSX with {@code format}). An informant sees only their own; grid staff those under their node.
 */
@Path("/api/t/{tenant}/assessment/rewards")
@Produces({MediaType.APPLICATION_JSON, "text/csv", TableExport.XLSX})
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SPECIALIST, Role.Names.INFORMANT})
public class RewardResource {

    @Inject
    Rewards rewards;
    @Inject
    RewardRules rules;
    @Inject
    AssessmentMonth months;
    @Inject
    ScorecardScope scope;
    @Inject
    RequestLocale locale;

    @GET
    public Response get(@QueryParam("month") String month, @QueryParam("node") String node, @QueryParam("format") String format) {
        YearMonth m = months.parse(month, "month");
        List<RewardStatement> list = rewards.of(m, scope.visible(ScorecardKind.WORKER, node));
        if (format == null || format.isBlank() || "json".equals(format)) {
            return Response.ok(Map.of("month", m.toString(), "rules", rules.current(), "rewards", list),
                    MediaType.APPLICATION_JSON).build();
        }
        Locale l = locale.get();
        String title = ("en".equals(l.getLanguage()) ? "Rewards " : "信息员绩效奖励 ") + m;
        return TableExport.download(RewardTable.of(list, title, l), format, "rewards-" + m);
    }
}
