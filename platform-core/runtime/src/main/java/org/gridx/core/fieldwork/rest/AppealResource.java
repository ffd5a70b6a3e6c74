package org.gridx.core.fieldwork.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.gridx.core.fieldwork.domain.ResidentAppeal;
import org.gridx.core.fieldwork.service.AppealService;
import org.gridx.core.fieldwork.service.FieldworkQueries;
import org.gridx.core.fieldwork.service.Idempotency;
import org.gridx.core.fieldwork.service.Recorded;

/** 诉求: collected by grid workers in their scope, moved open → in-progress → resolved or handed to the loop. */
@Path("/api/t/{tenant}/fieldwork/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.SUPERVISOR,
        Role.Names.INSTRUCTOR, Role.Names.DISPATCHER, Role.Names.TENANT_ADMIN})
public class AppealResource {

    @Inject
    AppealService appeals;
    @Inject
    FieldworkQueries queries;

    @POST
    @RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF})
    public Response record(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull AppealInput in) {
        Recorded<ResidentAppeal> r = appeals.record(in, Idempotency.key(key));
        return Response.status(r.created() ? 201 : 200).entity(one(r.record().id)).build();
    }

    @GET
    public List<AppealView> list(@QueryParam("node") String node, @QueryParam("mine") boolean mine,
            @QueryParam("status") @Pattern(regexp = "open|in-progress|resolved|to-case",
                    message = "one of open, in-progress, resolved, to-case") String status,
            @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "at least 1") @Max(value = 500, message = "at most 500") int limit) {
        return queries.appeals(node, status, mine, limit);
    }

    @GET
    @Path("{id}")
    public AppealView one(@PathParam("id") UUID id) {
        return AppealView.of(appeals.find(id));
    }

    @POST
    @Path("{id}/actions")
    public AppealView act(@PathParam("id") UUID id, @Valid @NotNull AppealAction in) {
        return AppealView.of(appeals.act(id, in.action(), in.note()));
    }
}
