package org.gridx.modules.selfgovernance.forum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.modules.selfgovernance.common.Participant;
import org.gridx.modules.selfgovernance.common.Participants;
import org.gridx.modules.selfgovernance.forum.domain.AbuseReport;
import org.gridx.modules.selfgovernance.forum.service.ForumModeration;
import org.gridx.modules.selfgovernance.forum.service.ReasonInput;

/**
 * Abuse reports (anyone, once per post) and what moderators do with them: hide the post with a reason, or
 * dismiss the report. The queue lists only reports in forums the caller moderates.
 */
@Path("/api/t/{tenant}/self-governance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RESIDENT, Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SUPERVISOR, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER,
        Role.Names.TENANT_ADMIN})
public class ModerationResource {

    @Inject
    ForumModeration moderation;
    @Inject
    Participants participants;

    @POST
    @Path("posts/{id}/reports")
    public Response report(@PathParam("id") UUID postId, @Valid @NotNull ReasonInput input) {
        AbuseReport r = moderation.report(participants.current(), postId, input.reason());
        return Response.status(201).entity(ReportView.of(r, null)).build();
    }

    @POST
    @Path("posts/{id}/hide")
    public PostView hide(@PathParam("id") UUID postId, @Valid @NotNull ReasonInput input) {
        return PostView.of(moderation.hide(participants.current(), postId, input.reason()), true);
    }

    @GET
    @Path("moderation/reports")
    public List<ReportView> queue() {
        Participant p = participants.current();
        return moderation.openReports(p).stream().map(r -> ReportView.of(r, moderation.post(r.postId))).toList();
    }

    @POST
    @Path("moderation/reports/{id}/dismiss")
    public ReportView dismiss(@PathParam("id") UUID reportId) {
        AbuseReport r = moderation.dismiss(participants.current(), reportId);
        return ReportView.of(r, moderation.post(r.postId));
    }
}
