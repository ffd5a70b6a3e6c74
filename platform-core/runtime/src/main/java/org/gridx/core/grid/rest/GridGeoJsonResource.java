package org.gridx.core.grid.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.gridx.api.identity.Role;
import org.gridx.core.grid.service.GridGeoJsonExport;
import org.gridx.core.grid.service.GridGeoJsonImport;

/** GeoJSON in (tenant administrator) and out (staff) for a node's subtree. */
@Path("/api/t/{tenant}/grid/geojson")
public class GridGeoJsonResource {

    @Inject
    GridGeoJsonExport export;
    @Inject
    GridGeoJsonImport importer;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("{code}")
    @Produces({"application/geo+json", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
            Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
    public ObjectNode export(@PathParam("code") String code) {
        return export.export(code);
    }

    @POST
    @Consumes({"application/geo+json", MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public GridGeoJsonImport.Report importCollection(@NotNull(message = "send a FeatureCollection") JsonNode body,
            @QueryParam("acceptProblems") boolean acceptProblems) {
        return importer.run(body, acceptProblems, identity.getPrincipal().getName());
    }
}
