package org.gridx.core.elements.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.elements.domain.Component;
import org.gridx.core.elements.domain.Organisation;
import org.gridx.core.elements.service.ElementCodes;
import org.gridx.core.elements.service.ElementGrid;
import org.gridx.core.elements.service.ElementScope;
import org.gridx.core.elements.service.Problems;
import org.gridx.core.elements.service.ScopedGrids;
import org.gridx.core.organisation.domain.Department;
import org.gridx.core.tenancy.domain.Tenant;

/** Components (部件) and organisations (组织) of the caller's scope: register with every code checked, list. */
@Path("/api/t/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
public class ThingsResource {

    public record ComponentView(UUID id, String catalogueCode, String objectCode, Object lon, Object lat, String status,
            String ownerDepartment, String gridCode) {
    }

    public record OrganisationView(UUID id, String name, String kind, String creditCode, String address, String gridCode) {
    }

    @Inject
    ElementGrid grid;
    @Inject
    ElementScope scope;
    @Inject
    ScopedGrids grids;

    @GET
    @Path("components")
    public List<ComponentView> components() {
        return Component.<Component>list("order by objectCode").stream().filter(c -> scope.covers(c.gridNodeId))
                .map(c -> new ComponentView(c.id, c.catalogueCode, c.objectCode, c.lon, c.lat, c.status, c.ownerDepartment,
                        grids.code(c.gridNodeId))).toList();
    }

    @POST
    @Path("components")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Role.Names.SPECIALIST, Role.Names.INFORMANT, Role.Names.TENANT_ADMIN})
    public Response register(@NotNull @Valid ComponentInput in) {
        Map<String, String> p = new LinkedHashMap<>();
        ElementCodes.catalogueProblem(in.catalogueCode()).ifPresent(m -> p.put("catalogueCode", m));
        String division = Tenant.<Tenant>findByIdOptional(scope.tenant()).map(t -> t.divisionCode).orElse(null);
        ElementCodes.objectCodeProblem(in.objectCode(), in.catalogueCode(), division).ifPresent(m -> p.put("objectCode", m));
        if ((in.lon() == null) != (in.lat() == null)) {
            p.put("lat", "give both lon and lat, or neither");
        }
        if (in.ownerDepartment() != null && Department.findByCode(in.ownerDepartment()).isEmpty()) {
            p.put("ownerDepartment", "no department " + in.ownerDepartment() + " in this tenant");
        }
        UUID gridId = grid.resolve(in.gridCode(), in.lon(), in.lat(), p);
        if (Component.count("objectCode", in.objectCode()) > 0) {
            throw ProblemException.conflict("A component with object code " + in.objectCode() + " is already registered.");
        }
        fail(p);
        Component c = new Component();
        c.catalogueCode = in.catalogueCode();
        c.objectCode = in.objectCode();
        c.lon = in.lon();
        c.lat = in.lat();
        c.status = in.status() == null ? "normal" : in.status();
        c.ownerDepartment = in.ownerDepartment();
        c.gridNodeId = gridId;
        c.persist();
        return Response.status(201).entity(new ComponentView(c.id, c.catalogueCode, c.objectCode, c.lon, c.lat, c.status,
                c.ownerDepartment, grids.code(gridId))).build();
    }

    @GET
    @Path("organisations")
    public List<OrganisationView> organisations() {
        return Organisation.<Organisation>list("order by name").stream().filter(o -> scope.covers(o.gridNodeId))
                .map(o -> new OrganisationView(o.id, o.name, o.kind, o.creditCode, o.address, grids.code(o.gridNodeId))).toList();
    }

    @POST
    @Path("organisations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Role.Names.GRID_CHIEF, Role.Names.SPECIALIST, Role.Names.INFORMANT, Role.Names.TENANT_ADMIN})
    public Response register(@NotNull @Valid OrganisationInput in) {
        Map<String, String> p = new LinkedHashMap<>();
        String credit = in.creditCode() == null || in.creditCode().isBlank() ? null : in.creditCode().trim().toUpperCase();
        if (credit != null) {
            ElementCodes.creditCodeProblem(credit).ifPresent(m -> p.put("creditCode", m));
        }
        UUID gridId = grid.resolve(in.gridCode(), null, null, p);
        fail(p);
        if (credit != null && Organisation.count("creditCode", credit) > 0) {
            throw ProblemException.conflict("An organisation with credit code " + credit + " is already registered.");
        }
        Organisation o = new Organisation();
        o.name = in.name().trim();
        o.kind = in.kind();
        o.creditCode = credit;
        o.address = in.address();
        o.gridNodeId = gridId;
        o.persist();
        return Response.status(201).entity(new OrganisationView(o.id, o.name, o.kind, o.creditCode, o.address,
                grids.code(gridId))).build();
    }

    private static void fail(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Some fields are invalid; fix each one listed.", Problems.pointers(problems));
        }
    }
}
