package org.gridx.core.assessment.scorecard.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.YearMonth;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.assessment.scorecard.service.AssessmentMonth;
import org.gridx.core.assessment.scorecard.service.ScorecardFreezing;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;

/**
 * The scorecards page's freeze form (tenant administrator): the same service and checks as the API; a refused
 * freeze (a reason missing when it is frozen again) comes back as the page with the message next to the form.
 */
@Path("/t/{tenant}/assessment/scorecards/{month}/freeze")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class ScorecardFreezeForm {

    @Inject
    ScorecardFreezing freezing;
    @Inject
    AssessmentMonth months;
    @Inject
    SecurityIdentity identity;
    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    ScorecardsPageViews views;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response freeze(@PathParam("tenant") String tenant, @PathParam("month") String month, @FormParam("reason") String reason,
            @FormParam("of") String of) {
        YearMonth m = months.parse(month, "month");
        String kind = of == null || !of.matches("[a-z]{1,12}") ? "grid" : of;
        try {
            freezing.freeze(m, identity.getPrincipal().getName(), reason == null || reason.length() <= 500 ? reason
                    : reason.substring(0, 500));
            return Response.seeOther(URI.create("/t/" + tenant + "/assessment/scorecards?month=" + m + "&of=" + kind)).build();
        } catch (ProblemException e) {
            if (e.problem().status() != 422) {
                throw e;
            }
            PageFrame frame = frames.tenant(tenant, ScorecardTexts.in(locale.get()).title());
            ScorecardsPageView view = views.view(tenant, m.toString(), kind, null, frame.locale())
                    .withError(ScorecardTexts.in(frame.locale()).freeze_reason_needed());
            return Response.status(422).entity(ScorecardsPage.Templates.scorecards(frame, view).setLocale(frame.locale())).build();
        }
    }
}
