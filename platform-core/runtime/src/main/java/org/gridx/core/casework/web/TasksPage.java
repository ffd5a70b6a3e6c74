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
import org.gridx.core.casework.service.Actor;
import org.gridx.core.casework.service.Actors;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/tasks}: a grid worker's phone list — cases of their grids the departments have handled,
 * waiting for the on-site check (close, or send back for rework), and their own reports still in the loop.
 * Overdue first.
 */
@Path("/t/{tenant}/tasks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF})
public class TasksPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tasks(PageFrame frame, String tenant, String back, String notice,
                List<CaseLine> toCheck, List<CaseLine> mine);
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
        PageFrame frame = frames.tenant(tenant, CaseTexts.in(locale.get()).link_tasks());
        Actor a = actors.current();
        Map<String, String> departments = rows.departmentNames(frame.locale());
        List<CaseLine> check = rows.lines(queries.toCheck(a), List.of("close", "rework"), frame.locale(), departments);
        List<CaseLine> mine = rows.lines(queries.myOpen(a), List.of(), frame.locale(), departments);
        return Templates.tasks(frame, tenant, "/t/" + tenant + "/tasks", CaseNotices.of(done, number, frame.locale()), check, mine)
                .setLocale(frame.locale());
    }
}
