package org.gridx.core.casework.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.core.casework.service.ActionInput;
import org.gridx.core.casework.service.Actors;
import org.gridx.core.casework.service.CaseAccess;
import org.gridx.core.casework.service.CaseFlow;
import org.gridx.core.casework.service.CaseQueries;
import org.gridx.core.casework.service.CaseQuery;
import org.gridx.core.casework.service.CaseSummary;
import org.gridx.core.casework.service.ChainVerifier;
import org.gridx.core.casework.service.Intake;
import org.gridx.core.casework.service.ReportInput;
import org.gridx.core.fieldwork.service.Idempotency;

/** The closed loop's API: report, list, read with the record, move, verify the chain. */
@Path("/api/t/{tenant}/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.SUPERVISOR,
        Role.Names.INSTRUCTOR, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN,
        Role.Names.RESIDENT})
public class CaseResource {

    @Inject
    CaseReporting reporting;
    @Inject
    CaseFlow flow;
    @Inject
    CaseQueries queries;
    @Inject
    CaseViews views;
    @Inject
    CaseAccess access;
    @Inject
    ChainVerifier chain;
    @Inject
    Actors actors;

    @POST
    public Response report(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull ReportInput in) {
        Intake i = reporting.report(in, actors, Idempotency.key(key));
        return Response.status(i.created() ? 201 : 200).entity(reporting.view(i, actors.current())).build();
    }

    @GET
    public List<CaseSummary> list(@Valid @BeanParam CaseQuery q) {
        return queries.list(q, actors.current());
    }

    @GET
    @Path("{id}")
    public CaseView one(@PathParam("id") UUID id) {
        return reporting.view(id, actors.current());
    }

    @POST
    @Path("{id}/actions")
    public CaseView act(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ActionInput in) {
        org.gridx.core.casework.service.Actor actor = actors.current();
        // built from the case just moved, not read again as the caller: a department's return takes the case
        // out of its sight, and the mover must still see the result of their own move rather than a 404
        return reporting.moved(flow.act(id, in, actor, IfMatch.version(ifMatch)), actor);
    }

    @GET
    @Path("{id}/chain")
    public ChainVerifier.Finding verify(@PathParam("id") UUID id) {
        return reporting.verify(id, actors.current());
    }
}
