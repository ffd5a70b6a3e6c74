package org.gridx.core.assessment.scorecard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gridx.api.identity.Role;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/assessment/scorecards}: the month's rank tables of grids, informants, departments and
 * communities, and the informants' rewards with their computation; a month picker (a plain GET form, so it
 * works without JavaScript) and CSV/Excel exports of the table shown.
 */
@Path("/t/{tenant}/assessment/scorecards")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SPECIALIST, Role.Names.INFORMANT, Role.Names.DEPARTMENT_HANDLER})
public class ScorecardsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecards(PageFrame frame, ScorecardsPageView view);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    ScorecardsPageViews views;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String month, @RestQuery String of,
            @RestQuery String node) {
        PageFrame frame = frames.tenant(tenant, ScorecardTexts.in(locale.get()).title());
        return Templates.scorecards(frame, views.view(tenant, month, of, node, frame.locale())).setLocale(frame.locale());
    }
}
