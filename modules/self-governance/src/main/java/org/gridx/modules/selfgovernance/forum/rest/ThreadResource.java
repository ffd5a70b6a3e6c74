package org.gridx.modules.selfgovernance.forum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.gridx.modules.selfgovernance.forum.domain.ForumThread;
import org.gridx.modules.selfgovernance.forum.service.ForumCatalogue;
import org.gridx.modules.selfgovernance.forum.service.ForumModerators;
import org.gridx.modules.selfgovernance.forum.service.ForumThreads;
import org.gridx.modules.selfgovernance.forum.service.ReplyInput;
import org.gridx.modules.selfgovernance.forum.service.ThreadInput;

/** Threads and replies of the forums; pinning (notices) by the forum's moderators. */
@Path("/api/t/{tenant}/self-governance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RESIDENT, Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SUPERVISOR, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER,
        Role.Names.TENANT_ADMIN})
public class ThreadResource {

    @Inject
    ForumThreads threads;
    @Inject
    ForumCatalogue forums;
    @Inject
    Participants participants;

    @GET
    @Path("forums/{id}/threads")
    public List<ThreadSummary> list(@PathParam("id") UUID forumId) {
        return threads.of(forumId).stream().map(ThreadSummary::of).toList();
    }

    @POST
    @Path("forums/{id}/threads")
    public Response open(@PathParam("id") UUID forumId, @Valid @NotNull ThreadInput input) {
        Participant p = participants.current();
        return Response.status(201).entity(view(threads.open(p, forumId, input), p)).build();
    }

    @GET
    @Path("threads/{id}")
    public ThreadView get(@PathParam("id") UUID id) {
        return view(threads.get(id), participants.current());
    }

    @POST
    @Path("threads/{id}/posts")
    public Response reply(@PathParam("id") UUID id, @Valid @NotNull ReplyInput input) {
        return Response.status(201).entity(PostView.of(threads.reply(participants.current(), id, input), false)).build();
    }

    @PUT
    @Path("threads/{id}/pin")
    public ThreadView pin(@PathParam("id") UUID id, @Valid @NotNull PinInput input) {
        Participant p = participants.current();
        return view(threads.pin(p, id, input.pinned()), p);
    }

    private ThreadView view(ForumThread t, Participant p) {
        return ThreadView.of(t, threads.posts(t.id), ForumModerators.moderates(p, forums.get(t.forumId)));
    }
}
