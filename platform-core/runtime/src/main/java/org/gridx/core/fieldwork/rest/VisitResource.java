package org.gridx.core.fieldwork.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.core.fieldwork.domain.FieldVisit;
import org.gridx.core.fieldwork.service.FieldworkQueries;
import org.gridx.core.fieldwork.service.Idempotency;
import org.gridx.core.fieldwork.service.Recorded;
import org.gridx.core.fieldwork.service.VisitService;

/** 入户走访: grid workers record visits in their scope; command roles read their subtree. */
@Path("/api/t/{tenant}/fieldwork/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.SUPERVISOR,
        Role.Names.INSTRUCTOR, Role.Names.DISPATCHER, Role.Names.TENANT_ADMIN})
public class VisitResource {

    @Inject
    VisitService visits;
    @Inject
    FieldworkQueries queries;

    @POST
    @RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF})
    public Response record(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull VisitInput in) {
        Recorded<FieldVisit> r = visits.record(in, Idempotency.key(key));
        return Response.status(r.created() ? 201 : 200).entity(queries.visit(r.record().id)).build();
    }

    @GET
    public List<VisitView> list(@QueryParam("node") String node, @QueryParam("mine") boolean mine,
            @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "at least 1") @Max(value = 500, message = "at most 500") int limit) {
        return queries.visits(node, mine, limit);
    }

    @GET
    @Path("{id}")
    public VisitView one(@PathParam("id") UUID id) {
        return queries.visit(id);
    }
}
