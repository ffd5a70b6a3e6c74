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
 * {@code /t/{tenant}/inbox}: a department's cases — dispatched ones to sign for (or send back as not
 * theirs, with a reason) and accepted ones to handle (what was done, with result photos) or to ask more
 * time for. Due times and overdue marks first; the page follows the live stream when there is one.
 */
@Path("/t/{tenant}/inbox")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.DEPARTMENT_HANDLER)
public class InboxPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(PageFrame frame, String tenant, String back, String notice, String department,
                List<CaseLine> dispatched, List<CaseLine> accepted);
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
        PageFrame frame = frames.tenant(tenant, CaseTexts.in(locale.get()).link_inbox());
        Actor a = actors.current();
        Map<String, String> departments = rows.departmentNames(frame.locale());
        List<CaseLine> dispatched = rows.lines(queries.inbox(a, "dispatched"), List.of("accept", "return"),
                frame.locale(), departments);
        List<CaseLine> accepted = rows.lines(queries.inbox(a, "accepted"), List.of("handle", "request-postponement"),
                frame.locale(), departments);
        String department = a.department() == null ? null : departments.getOrDefault(a.department(), a.department());
        return Templates.inbox(frame, tenant, "/t/" + tenant + "/inbox", CaseNotices.of(done, number, frame.locale()),
                department, dispatched, accepted).setLocale(frame.locale());
    }
}
