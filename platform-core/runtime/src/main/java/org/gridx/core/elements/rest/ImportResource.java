package org.gridx.core.elements.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.elements.service.ImportCommits;
import org.gridx.core.elements.service.ImportJobs;
import org.gridx.core.elements.service.JobView;

/**
 * Resident import: POST the file (CSV or XLSX, any content type; the format is read from the bytes) → a
 * previewed job with every row error; then commit it. A file with bad rows is refused whole unless the
 * commit says {@code mode=valid-only}, which imports the good rows and skips the reported ones.
 */
@Path("/api/t/{tenant}/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.GRID_CHIEF, Role.Names.SPECIALIST, Role.Names.INFORMANT, Role.Names.TENANT_ADMIN})
public class ImportResource {

    @Inject
    ImportJobs jobs;
    @Inject
    ImportCommits commits;
    @Inject
    TenantContext tenant;

    @POST
    @Path("residents")
    @Consumes(MediaType.WILDCARD)
    public Response upload(byte[] body, @QueryParam("fileName") @Size(max = 200) String fileName) {
        JobView job = jobs.upload(body == null ? new byte[0] : body, fileName);
        return Response.status(201).entity(job).build();
    }

    @GET
    @Path("{id}")
    public JobView status(@PathParam("id") UUID id) {
        return jobs.status(id);
    }

    /** Send as JSON (an empty object is fine): form-like posts without a content type must carry a CSRF token. */
    @POST
    @Path("{id}/commit")
    public Response commit(@PathParam("id") UUID id,
            @QueryParam("mode") @DefaultValue("all") @Pattern(regexp = "all|valid-only") String mode) {
        JobView job = jobs.status(id);
        if ("committed".equals(job.status())) {
            return Response.ok(job).build();
        }
        if ("previewed".equals(job.status()) && "all".equals(mode) && job.errorRows() > 0) {
            throw new ProblemException(Problem.of(422, "File rejected", job.errorRows() + " of " + job.totalRows()
                    + " rows have errors, so nothing was imported. Fix them and upload again, or commit with mode=valid-only to import only the "
                    + job.validRows() + " good rows.").withErrors(job.errors().stream()
                    .map(e -> new Problem.FieldProblem("row " + e.row() + "/" + e.column(), e.reason())).toList()));
        }
        commits.start(tenant.require(), id, mode);
        return Response.accepted(jobs.status(id)).build();
    }
}
