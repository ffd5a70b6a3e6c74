package org.gridx.core.elements.rest;

import static org.gridx.core.elements.rest.ResidentsResource.blank;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.gridx.api.identity.Role;
import org.gridx.core.elements.service.FileFormat;
import org.gridx.core.elements.service.ResidentExport;
import org.gridx.core.elements.service.ResidentQuery;

/** {@code GET …/residents/export?format=csv|xlsx}: the search's residents as a file, masked unless revealed with a reason. */
@Path("/api/t/{tenant}/residents/export")
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
public class ResidentExportResource {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ResidentExport export;

    @GET
    public Response export(@QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx") String format,
            @QueryParam("name") @Size(max = 50) String name, @QueryParam("grid") @Size(max = 15) String grid,
            @QueryParam("tag") @Size(max = 32) String tag, @QueryParam("reveal") @DefaultValue("false") boolean reveal,
            @QueryParam("reason") @Size(max = 200) String reason) {
        byte[] file = export.export(new ResidentQuery(blank(name), null, null, blank(grid), blank(tag), 0, 0), format, reveal, reason);
        return Response.ok(file, FileFormat.XLSX.equals(format) ? XLSX_TYPE : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"residents." + format + "\"").build();
    }
}
