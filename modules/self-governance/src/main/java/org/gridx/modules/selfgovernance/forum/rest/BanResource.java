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
import org.gridx.modules.selfgovernance.common.Participants;
import org.gridx.modules.selfgovernance.forum.service.AppealInput;
import org.gridx.modules.selfgovernance.forum.service.BanInput;
import org.gridx.modules.selfgovernance.forum.service.DecisionInput;
import org.gridx.modules.selfgovernance.forum.service.ForumBans;

/** Bans from a forum (moderators), the banned person's one appeal, and the moderator's one decision. */
@Path("/api/t/{tenant}/self-governance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RESIDENT, Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SUPERVISOR, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER,
        Role.Names.TENANT_ADMIN})
public class BanResource {

    @Inject
    ForumBans bans;
    @Inject
    Participants participants;

    @POST
    @Path("forums/{id}/bans")
    public Response ban(@PathParam("id") UUID forumId, @Valid @NotNull BanInput input) {
        return Response.status(201).entity(BanView.of(bans.ban(participants.current(), forumId, input))).build();
    }

    @GET
    @Path("forums/{id}/bans")
    public List<BanView> of(@PathParam("id") UUID forumId) {
        return bans.of(participants.current(), forumId).stream().map(BanView::of).toList();
    }

    @GET
    @Path("bans/mine")
    public List<BanView> mine() {
        return bans.mine(participants.current()).stream().map(BanView::of).toList();
    }

    @POST
    @Path("bans/{id}/appeal")
    public BanView appeal(@PathParam("id") UUID banId, @Valid @NotNull AppealInput input) {
        return BanView.of(bans.appeal(participants.current(), banId, input));
    }

    @POST
    @Path("bans/{id}/decision")
    public BanView decide(@PathParam("id") UUID banId, @Valid @NotNull DecisionInput input) {
        return BanView.of(bans.decide(participants.current(), banId, input));
    }

    @GET
    @Path("moderation/appeals")
    public List<BanView> pendingAppeals() {
        return bans.pendingAppeals(participants.current()).stream().map(BanView::of).toList();
    }
}
