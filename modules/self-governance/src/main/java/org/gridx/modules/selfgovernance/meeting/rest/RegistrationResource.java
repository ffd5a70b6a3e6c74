package org.gridx.modules.selfgovernance.meeting.rest;

import static org.gridx.api.identity.Role.Names.GRID_CHIEF;
import static org.gridx.api.identity.Role.Names.INFORMANT;
import static org.gridx.api.identity.Role.Names.INSTRUCTOR;
import static org.gridx.api.identity.Role.Names.RESIDENT;
import static org.gridx.api.identity.Role.Names.SPECIALIST;
import static org.gridx.api.identity.Role.Names.SUPERVISOR;
import static org.gridx.api.identity.Role.Names.TENANT_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.gridx.modules.selfgovernance.meeting.service.MeetingRegistrations;
import org.gridx.modules.selfgovernance.meeting.service.MeetingViews;
import org.gridx.modules.selfgovernance.people.Caller;

/** The caller's own seat at a meeting: register (a seat, the waiting list, or 409 "full"), or give it back. */
@Path("/api/t/{tenant}/self-governance/meetings/{id}/registration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST, INFORMANT, RESIDENT})
public class RegistrationResource {

    @Inject
    MeetingRegistrations registrations;
    @Inject
    MeetingViews views;
    @Inject
    Caller caller;

    @POST
    public MeetingView register(@PathParam("id") UUID id) {
        registrations.register(id, caller.username());
        return views.of(id, caller.username());
    }

    @DELETE
    public MeetingView cancel(@PathParam("id") UUID id) {
        registrations.cancel(id, caller.username());
        return views.of(id, caller.username());
    }
}
