package org.gridx.modules.selfgovernance.forum.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.modules.selfgovernance.common.Participants;
import org.gridx.modules.selfgovernance.forum.service.ForumModeration;
import org.gridx.modules.selfgovernance.forum.web.ThreadPage.ThreadLinks;
import org.jboss.resteasy.reactive.RestForm;

/** The forms on a post: anyone reports it (once); the forum's moderators hide it, from the thread or the queue. */
@Path("/t/{tenant}/self-governance/posts/{id}")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed({Role.Names.RESIDENT, Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SUPERVISOR, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER,
        Role.Names.TENANT_ADMIN})
public class PostActions {

    @Inject
    ForumModeration moderation;
    @Inject
    Participants participants;

    @POST
    @Path("report")
    public Response report(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm String reason) {
        moderation.report(participants.current(), id, FormFields.required(reason, "reason", 500));
        return ThreadLinks.back(tenant, moderation.post(id).threadId, "reported", id);
    }

    @POST
    @Path("hide")
    public Response hide(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm String reason,
            @RestForm String back) {
        moderation.hide(participants.current(), id, FormFields.required(reason, "reason", 500));
        return "moderation".equals(back)
                ? Response.seeOther(URI.create("/t/" + tenant + "/self-governance/moderation?done=moderated")).build()
                : ThreadLinks.back(tenant, moderation.post(id).threadId, "moderated", id);
    }
}
