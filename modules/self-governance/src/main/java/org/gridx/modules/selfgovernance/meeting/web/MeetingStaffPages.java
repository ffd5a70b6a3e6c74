package org.gridx.modules.selfgovernance.meeting.web;

import static org.gridx.api.identity.Role.Names.GRID_CHIEF;
import static org.gridx.api.identity.Role.Names.INSTRUCTOR;
import static org.gridx.api.identity.Role.Names.SPECIALIST;
import static org.gridx.api.identity.Role.Names.SUPERVISOR;
import static org.gridx.api.identity.Role.Names.TENANT_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.common.web.FormCheck;
import org.gridx.modules.selfgovernance.common.web.FormErrors;
import org.gridx.modules.selfgovernance.meeting.domain.Meeting;
import org.gridx.modules.selfgovernance.meeting.service.MeetingPlanning;
import org.gridx.modules.selfgovernance.people.Caller;

/** The organiser's "call a meeting" form: the API's checks and service; a refused form comes back with its errors. */
@Path("/t/{tenant}/self-governance/meetings")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST})
public class MeetingStaffPages {

    @Inject
    MeetingPlanning planning;
    @Inject
    FormCheck check;
    @Inject
    MeetingListing listing;
    @Inject
    Caller caller;

    @POST
    public Response convene(@PathParam("tenant") String tenant, @BeanParam MeetingFields fields) {
        MeetingForm form = fields.form();
        try {
            Meeting m = planning.convene(check.valid(form.input()), caller.username());
            return Response.seeOther(URI.create("/t/" + tenant + "/self-governance/meetings/" + m.id)).build();
        } catch (ProblemException e) {
            if (e.problem().status() != 400 && e.problem().status() != 422) {
                throw e;
            }
            return Response.status(422).entity(listing.render(tenant, form, FormErrors.of(e))).build();
        }
    }
}
