package org.gridx.modules.selfgovernance.forum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.modules.selfgovernance.common.Participant;
import org.gridx.modules.selfgovernance.common.Participants;
import org.gridx.modules.selfgovernance.forum.service.ForumCatalogue;
import org.gridx.modules.selfgovernance.forum.service.ForumInput;

/**
 * {@code /api/t/{tenant}/self-governance/forums}: every signed-in account of the tenant reads the forums
 * (the caller's own first); the node's moderators open, rename and remove them. The core answers 404 while
 * the tenant has the module off, and for another tenant's token.
 */
@Path("/api/t/{tenant}/self-governance/forums")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RESIDENT, Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SUPERVISOR, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER,
        Role.Names.TENANT_ADMIN})
public class ForumResource {

    @Inject
    ForumCatalogue forums;
    @Inject
    Participants participants;

    @GET
    public List<ForumView> list() {
        Participant p = participants.current();
        return forums.all().stream().map(f -> ForumView.of(f, p))
                .sorted(Comparator.comparing((ForumView v) -> !v.mine())).toList();
    }

    @GET
    @Path("{id}")
    public ForumView get(@PathParam("id") UUID id) {
        return ForumView.of(forums.get(id), participants.current());
    }

    @POST
    public Response open(@Valid @NotNull ForumInput input) {
        Participant p = participants.current();
        return Response.status(201).entity(ForumView.of(forums.open(p, input), p)).build();
    }

    @PUT
    @Path("{id}")
    public ForumView rename(@PathParam("id") UUID id, @Valid @NotNull ForumInput input) {
        Participant p = participants.current();
        return ForumView.of(forums.rename(p, id, input), p);
    }

    @DELETE
    @Path("{id}")
    public void remove(@PathParam("id") UUID id) {
        forums.remove(participants.current(), id);
    }
}
