package org.gridx.modules.selfgovernance.meeting.web;

import static org.gridx.api.identity.Role.Names.GRID_CHIEF;
import static org.gridx.api.identity.Role.Names.INSTRUCTOR;
import static org.gridx.api.identity.Role.Names.SPECIALIST;
import static org.gridx.api.identity.Role.Names.SUPERVISOR;
import static org.gridx.api.identity.Role.Names.TENANT_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.common.web.FormCheck;
import org.gridx.modules.selfgovernance.meeting.rest.AgendaInput;
import org.gridx.modules.selfgovernance.meeting.rest.PeopleInput;
import org.gridx.modules.selfgovernance.meeting.service.MeetingAgenda;
import org.gridx.modules.selfgovernance.meeting.service.MeetingRecord;
import org.gridx.modules.selfgovernance.people.Caller;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The organiser's forms on the meeting page for planning and the roll: add an agenda item, invite people,
 * mark who came. The API's inputs, checks and services; back to the page saying what happened.
 */
@Path("/t/{tenant}/self-governance/meetings/{id}")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST})
public class MeetingPlanPages {

    @Inject
    MeetingAgenda agenda;
    @Inject
    MeetingRecord record;
    @Inject
    FormCheck check;
    @Inject
    Caller caller;

    @POST
    @Path("agenda")
    public Response agenda(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm String title) {
        return back(tenant, id, "agenda", () -> agenda.add(id, caller.username(), check.valid(new AgendaInput(title, null))));
    }

    @POST
    @Path("invitations")
    public Response invite(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm String usernames) {
        return back(tenant, id, "invited", () -> record.invite(id, caller.username(), people(usernames)));
    }

    @POST
    @Path("attendance")
    public Response attendance(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm String usernames) {
        return back(tenant, id, "attendance", () -> record.attendance(id, caller.username(), people(usernames)));
    }

    /** Usernames as typed: one a line, or separated by commas (either width) or spaces. */
    private List<String> people(String typed) {
        List<String> names = typed == null ? List.of()
                : Arrays.stream(typed.split("[\\s,，、]+")).filter(s -> !s.isEmpty()).toList();
        return check.valid(new PeopleInput(names)).usernames();
    }

    private static Response back(String tenant, UUID id, String success, Runnable act) {
        String done = success;
        try {
            act.run();
        } catch (ProblemException e) {
            done = switch (e.problem().status()) {
                case 403 -> "not-organiser";
                case 400, 422 -> success + "-invalid";
                default -> throw e;
            };
        }
        return Response.seeOther(URI.create("/t/" + tenant + "/self-governance/meetings/" + id + "?done=" + done + "#plan")).build();
    }
}
