package org.gridx.core.staffing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.gridx.core.staffing.domain.StaffAbsence;
import org.gridx.core.staffing.service.AbsenceService;

/** Absence periods of post holders, kept by the tenant administrator; the command centre may read them. */
@Path("/api/t/{tenant}/staffing/absences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class AbsenceResource {

    @Inject
    AbsenceService absences;

    @GET
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER})
    public List<AbsenceView> list() {
        return StaffAbsence.<StaffAbsence>list("order by startsAt desc").stream().map(AbsenceView::of).toList();
    }

    @POST
    public Response record(@Valid @NotNull AbsenceInput in) {
        StaffAbsence s = absences.record(in.account(), in.from(), in.to(), in.reason());
        return Response.status(201).entity(AbsenceView.of(s)).build();
    }

    @DELETE
    @Path("{id}")
    public Response withdraw(@PathParam("id") UUID id) {
        absences.withdraw(id);
        return Response.noContent().build();
    }
}
