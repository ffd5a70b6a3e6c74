package org.gridx.core.casework.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.domain.CaseState;
import org.gridx.core.casework.domain.CaseTransitions;
import org.gridx.core.casework.service.Actor;
import org.gridx.core.casework.service.Actors;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/my-reports}: what the signed-in person reported and where each report stands; a
 * closed one waits for their rating (考核评价: 1–5 stars and a comment).
 */
@Path("/t/{tenant}/my-reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.SUPERVISOR,
        Role.Names.INSTRUCTOR, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN,
        Role.Names.RESIDENT})
public class MyReportsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(PageFrame frame, String tenant, String back, String notice, List<CaseLine> reports);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    Actors actors;
    @Inject
    CasePageQueries queries;
    @Inject
    CaseRows rows;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String done, @RestQuery("case") String number) {
        PageFrame frame = frames.tenant(tenant, CaseTexts.in(locale.get()).link_my_reports());
        Actor a = actors.current();
        Map<String, String> departments = rows.departmentNames(frame.locale());
        boolean rates = CaseTransitions.allowed(CaseState.CLOSED, a.roles()).contains(CaseAction.EVALUATE);
        List<CaseLine> reports = rows.of(queries.myReports(a), frame.locale(), departments).stream()
                .map(r -> new CaseLine(r, rates && r.awaitsRating()
                        ? ActionSpecs.of(r, List.of("evaluate"), frame.locale(), departments) : List.of()))
                .toList();
        return Templates.mine(frame, tenant, "/t/" + tenant + "/my-reports", CaseNotices.of(done, number, frame.locale()),
                reports).setLocale(frame.locale());
    }
}
