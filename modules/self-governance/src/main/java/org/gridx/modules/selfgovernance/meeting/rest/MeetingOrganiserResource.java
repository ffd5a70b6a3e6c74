package org.gridx.modules.selfgovernance.meeting.rest;

import static org.gridx.api.identity.Role.Names.GRID_CHIEF;
import static org.gridx.api.identity.Role.Names.INSTRUCTOR;
import static org.gridx.api.identity.Role.Names.SPECIALIST;
import static org.gridx.api.identity.Role.Names.SUPERVISOR;
import static org.gridx.api.identity.Role.Names.TENANT_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.gridx.modules.selfgovernance.meeting.service.MeetingAgenda;
import org.gridx.modules.selfgovernance.meeting.service.MeetingRecord;
import org.gridx.modules.selfgovernance.meeting.service.MeetingViews;
import org.gridx.modules.selfgovernance.people.Caller;

/** What the meeting's organiser (and only they: others get 403) does: agenda, invitations, attendance, minutes. */
@Path("/api/t/{tenant}/self-governance/meetings/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST})
public class MeetingOrganiserResource {

    @Inject
    MeetingRecord record;
    @Inject
    MeetingAgenda agenda;
    @Inject
    MeetingViews views;
    @Inject
    Caller caller;

    @POST
    @Path("agenda")
    public MeetingView addToAgenda(@PathParam("id") UUID id, @Valid @NotNull(message = "send the item as JSON") AgendaInput in) {
        agenda.add(id, caller.username(), in);
        return views.of(id, caller.username());
    }

    @POST
    @Path("invitations")
    public MeetingView invite(@PathParam("id") UUID id, @Valid @NotNull(message = "send the usernames as JSON") PeopleInput in) {
        record.invite(id, caller.username(), in.usernames());
        return views.of(id, caller.username());
    }

    @PUT
    @Path("attendance")
    public MeetingView attendance(@PathParam("id") UUID id, @Valid @NotNull(message = "send the usernames as JSON") PeopleInput in) {
        record.attendance(id, caller.username(), in.usernames());
        return views.of(id, caller.username());
    }

    @PUT
    @Path("minutes")
    public MeetingView minutes(@PathParam("id") UUID id, @Valid @NotNull(message = "send the minutes as JSON") MinutesInput in) {
        record.minutes(id, caller.username(), in.text());
        return views.of(id, caller.username());
    }
}
