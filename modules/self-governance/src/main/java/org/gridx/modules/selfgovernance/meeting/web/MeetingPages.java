package org.gridx.modules.selfgovernance.meeting.web;

import static org.gridx.api.identity.Role.Names.GRID_CHIEF;
import static org.gridx.api.identity.Role.Names.INFORMANT;
import static org.gridx.api.identity.Role.Names.INSTRUCTOR;
import static org.gridx.api.identity.Role.Names.RESIDENT;
import static org.gridx.api.identity.Role.Names.SPECIALIST;
import static org.gridx.api.identity.Role.Names.SUPERVISOR;
import static org.gridx.api.identity.Role.Names.TENANT_ADMIN;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.web.LayoutFrame;
import org.gridx.api.web.TenantPages;
import org.gridx.modules.selfgovernance.common.web.FormErrors;
import org.gridx.modules.selfgovernance.meeting.rest.MeetingView;
import org.gridx.modules.selfgovernance.meeting.service.MeetingRegistrations;
import org.gridx.modules.selfgovernance.meeting.service.MeetingViews;
import org.gridx.modules.selfgovernance.people.Caller;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/self-governance/meetings}: the meetings of the street and one meeting's page, where a
 * resident registers (or joins the waiting list, or learns it is full) and follows the resolutions' cases.
 */
@Path("/t/{tenant}/self-governance/meetings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST, INFORMANT, RESIDENT})
public class MeetingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(LayoutFrame frame, String tenant, List<MeetingLine> meetings, boolean organiser,
                MeetingForm form, FormErrors errors);

        static native TemplateInstance meeting(LayoutFrame frame, String tenant, MeetingPage page, String done);
    }

    @Inject
    TenantPages pages;
    @Inject
    MeetingViews views;
    @Inject
    MeetingRegistrations registrations;
    @Inject
    Caller caller;
    @Inject
    MeetingListing listing;

    @GET
    public TemplateInstance list(@PathParam("tenant") String tenant) {
        return listing.render(tenant, MeetingForm.EMPTY, FormErrors.NONE);
    }

    @GET
    @Path("{id}")
    public TemplateInstance meeting(@PathParam("tenant") String tenant, @PathParam("id") UUID id,
            @RestQuery String done) {
        MeetingView m = views.of(id, caller.username());
        LayoutFrame frame = pages.frame(tenant, m.title());
        boolean open = Instant.now().isBefore(m.startsAt());
        return Templates.meeting(frame, tenant, MeetingPage.of(m, open, caller.username(), frame.locale()), done)
                .setLocale(frame.locale());
    }

    /** The registration form: {@code action} register or cancel; back to the page saying what happened. */
    @POST
    @Path("{id}/registration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registration(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm String action) {
        String done;
        try {
            done = "cancel".equals(action) ? cancel(id) : registrations.register(id, caller.username()).status;
        } catch (ProblemException e) {
            if (e.problem().status() != 409) {
                throw e;
            }
            done = e.getMessage().contains("full") ? "full" : "closed";
        }
        return Response.seeOther(URI.create("/t/" + tenant + "/self-governance/meetings/" + id + "?done=" + done
                + "#registration")).build();
    }

    private String cancel(UUID id) {
        registrations.cancel(id, caller.username());
        return "cancelled";
    }
}
