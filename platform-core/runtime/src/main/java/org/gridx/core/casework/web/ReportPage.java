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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.core.casework.service.Actor;
import org.gridx.core.casework.service.Actors;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;

/**
 * {@code /t/{tenant}/report}: report a problem from a phone (采集上报). The page is a shell the report
 * service worker keeps for offline use; the script sends each report through the cases API with one
 * idempotency key, queueing it on the phone (IndexedDB) while there is no network.
 */
@Path("/t/{tenant}/report")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.RESIDENT,
        Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.INSTRUCTOR, Role.Names.TENANT_ADMIN})
public class ReportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(PageFrame frame, String tenant, String user, List<ReportChoices.Group> groups,
                List<ReportChoices.Grid> grids);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    ReportChoices choices;
    @Inject
    Actors actors;
    @Inject
    GridxClock clock;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant) {
        PageFrame frame = frames.tenant(tenant, CaseTexts.in(locale.get()).report_heading());
        Actor a = actors.current();
        return Templates.report(frame, tenant, a.username(), choices.items(clock.now(), frame.locale()),
                choices.grids(a, frame.locale())).setLocale(frame.locale());
    }

    /**
     * A page address the script touches before sending a queue kept for a while: the session renewal runs
     * on page requests only, so this renews an expired access cookie from the refresh cookie, and answers
     * 401 when the person must sign in again.
     */
    @GET
    @Path("session")
    public Response session() {
        return Response.noContent().header("Cache-Control", "no-store").build();
    }
}
