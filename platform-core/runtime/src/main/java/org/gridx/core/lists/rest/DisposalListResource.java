package org.gridx.core.lists.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.core.lists.service.DisposalItem;
import org.gridx.core.lists.service.DisposalListReader;
import org.gridx.core.lists.service.DisposalListService;
import org.gridx.core.lists.service.ListDiff;
import org.gridx.core.lists.service.VersionView;

/** The disposal-task responsibility list: staff read the published versions, tenant admins edit and publish. */
@Path("/api/t/{tenant}/lists/disposal")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
public class DisposalListResource {

    @Inject
    DisposalListReader reader;
    @Inject
    DisposalListService service;
    @Inject
    SecurityIdentity identity;

    /** The version in force at {@code at} (ISO instant, default now), with its items. */
    @GET
    public VersionView inForce(@QueryParam("at") Instant at) {
        return reader.inForceAt(at == null ? Instant.now() : at);
    }

    @GET
    @Path("versions")
    public List<VersionView> history() {
        return reader.history(admin());
    }

    @GET
    @Path("versions/{id}")
    public VersionView version(@PathParam("id") UUID id) {
        return reader.version(id, admin());
    }

    @GET
    @Path("versions/{id}/items/{code}")
    public DisposalItem item(@PathParam("id") UUID id, @PathParam("code") String code) {
        return reader.item(id, code, admin());
    }

    @GET
    @Path("versions/{id}/diff")
    public ListDiff diff(@PathParam("id") UUID id) {
        return reader.diff(id, admin());
    }

    @POST
    @Path("draft")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public VersionView openDraft() {
        return reader.version(service.openDraft(actor()).id, true);
    }

    @PUT
    @Path("versions/{id}/items/{code}")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public DisposalItem putItem(@PathParam("id") UUID id, @PathParam("code") String code, @Valid @NotNull DisposalItem item) {
        return service.putItem(id, code, item);
    }

    @DELETE
    @Path("versions/{id}/items/{code}")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public void removeItem(@PathParam("id") UUID id, @PathParam("code") String code) {
        service.removeItem(id, code);
    }

    @POST
    @Path("versions/{id}/publish")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public VersionView publish(@PathParam("id") UUID id, @Valid PublishRequest request) {
        PublishRequest r = request == null ? new PublishRequest(null, null) : request;
        service.publish(id, r.effectiveFrom(), r.note(), actor());
        return reader.version(id, true);
    }

    @DELETE
    @Path("versions/{id}")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public void discard(@PathParam("id") UUID id) {
        service.discard(id);
    }

    private boolean admin() {
        return identity.hasRole(Role.Names.TENANT_ADMIN);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
