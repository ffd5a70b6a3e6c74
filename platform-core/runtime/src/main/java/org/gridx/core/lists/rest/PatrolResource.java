package org.gridx.core.lists.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridx.api.identity.Role;
import org.gridx.api.identity.TokenClaims;
import org.gridx.core.lists.service.PatrolChecklist;
import org.gridx.core.lists.service.PatrolItemInput;
import org.gridx.core.lists.service.PatrolRounds;
import org.gridx.core.lists.service.RoundSubmission;
import org.gridx.core.lists.service.RoundView;

/** The daily patrol: the checklist (admins keep it), and rounds that informants submit from their phones. */
@Path("/api/t/{tenant}/patrol")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
public class PatrolResource {

    @Inject
    PatrolChecklist checklist;
    @Inject
    PatrolRounds rounds;
    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken jwt;

    @GET
    @Path("checklist")
    public List<PatrolItemInput.View> checklist() {
        return checklist.current();
    }

    @POST
    @Path("checklist")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Response addItem(@Valid @NotNull PatrolItemInput item) {
        return Response.status(201).entity(checklist.add(item)).build();
    }

    @DELETE
    @Path("checklist/{id}")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public void retireItem(@PathParam("id") UUID id) {
        checklist.retire(id);
    }

    /** 201 with the round the first time; 200 with the same round when the phone retries with the same key. */
    @POST
    @Path("rounds")
    @RolesAllowed(Role.Names.INFORMANT)
    public Response submit(
            @HeaderParam("Idempotency-Key") @NotNull(message = "send a fresh Idempotency-Key header per round (e.g. a UUID)")
            @Pattern(regexp = "[A-Za-z0-9_-]{8,64}", message = "8-64 letters, digits, '-' or '_' (e.g. a UUID)") String key,
            @Valid @NotNull RoundSubmission round) {
        PatrolRounds.Outcome outcome = rounds.submit(key, identity.getPrincipal().getName(), scope(), round);
        return Response.status(outcome.created() ? 201 : 200).entity(outcome.round()).build();
    }

    /** Informants see their own rounds; the centre and supervisors see all of the tenant's. */
    @GET
    @Path("rounds/{id}")
    public RoundView round(@PathParam("id") UUID id) {
        boolean onlyOwn = identity.getRoles().equals(java.util.Set.of(Role.Names.INFORMANT));
        return rounds.get(id, onlyOwn ? identity.getPrincipal().getName() : null);
    }

    private List<String> scope() {
        Object claim = jwt.getClaim(TokenClaims.GRID_SCOPE);
        if (claim instanceof jakarta.json.JsonArray a) {
            return a.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        }
        return claim instanceof java.util.Collection<?> c ? c.stream().map(String::valueOf).toList() : List.of();
    }
}
