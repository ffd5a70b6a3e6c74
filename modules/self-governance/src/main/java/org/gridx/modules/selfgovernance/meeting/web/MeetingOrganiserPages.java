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
import java.util.UUID;
import java.util.function.Supplier;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.meeting.rest.ResolutionInput;
import org.gridx.modules.selfgovernance.meeting.service.MeetingRecord;
import org.gridx.modules.selfgovernance.meeting.service.Resolutions;
import org.gridx.modules.selfgovernance.people.Caller;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The organiser's forms on the meeting page: the minutes, a resolution, and handing a resolution to the
 * closed loop. The same services as the API, so only the organiser gets through (others are told so).
 */
@Path("/t/{tenant}/self-governance/meetings/{id}")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST})
public class MeetingOrganiserPages {

    @Inject
    MeetingRecord record;
    @Inject
    Resolutions resolutions;
    @Inject
    Caller caller;

    @POST
    @Path("minutes")
    public Response minutes(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm String text) {
        return back(tenant, id, () -> {
            if (text == null || text.isBlank() || text.length() > 20000) {
                return "invalid";
            }
            record.minutes(id, caller.username(), text);
            return "minutes";
        });
    }

    @POST
    @Path("resolutions")
    public Response resolution(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm String text,
            @RestForm String itemCode) {
        return back(tenant, id, () -> {
            String item = itemCode == null || itemCode.isBlank() ? null : itemCode.strip();
            if (text == null || text.isBlank() || text.length() > 2000 || (item != null && !item.matches("[0-9A-Za-z.-]{1,16}"))) {
                return "invalid";
            }
            resolutions.adopt(id, caller.username(), new ResolutionInput(text, item, null));
            return "resolution";
        });
    }

    @POST
    @Path("resolutions/{resolution}/case")
    public Response openCase(@PathParam("tenant") String tenant, @PathParam("id") UUID id,
            @PathParam("resolution") UUID resolution) {
        return back(tenant, id, () -> {
            resolutions.openCase(id, resolution, caller.username());
            return "case";
        });
    }

    private static Response back(String tenant, UUID id, Supplier<String> act) {
        String done;
        try {
            done = act.get();
        } catch (ProblemException e) {
            done = switch (e.problem().status()) {
                case 403 -> "not-organiser";
                case 400, 422 -> "invalid";
                default -> throw e;
            };
        }
        return Response.seeOther(URI.create("/t/" + tenant + "/self-governance/meetings/" + id + "?done=" + done)).build();
    }
}
