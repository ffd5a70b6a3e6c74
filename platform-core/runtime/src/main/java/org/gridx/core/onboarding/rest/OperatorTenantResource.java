package org.gridx.core.onboarding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.onboarding.definition.DefinitionReader;
import org.gridx.core.onboarding.service.ImportOptions;
import org.gridx.core.onboarding.service.ImportReport;
import org.gridx.core.onboarding.service.TenantOnboarding;
import org.gridx.core.onboarding.service.TenantSummaries;

/**
 * Platform operators onboard and inspect tenants. A definition is posted whole (the four files merged
 * into one document, YAML or JSON); problems come back as a 422 whose errors point into that document.
 */
@Path("/api/operator/tenants")
@RolesAllowed(Role.Names.PLATFORM_OPERATOR)
@Produces(MediaType.APPLICATION_JSON)
public class OperatorTenantResource {

    /** Initial passwords travel in a header, never in the address, so they stay out of access logs. */
    public static final String INITIAL_PASSWORD_HEADER = "GridX-Initial-Password";

    @Inject
    OperatorOnly operator;
    @Inject
    TenantOnboarding onboarding;
    @Inject
    TenantSummaries summaries;

    @POST
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.APPLICATION_JSON})
    public Response importDefinition(String body, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("force") boolean force, @HeaderParam(INITIAL_PASSWORD_HEADER) String initialPassword) {
        String actor = operator.require();
        DefinitionBodyLimit.check(body);
        ImportOptions options = new ImportOptions(dryRun, initialPassword, force, actor);
        ImportReport report = onboarding.importDocument(DefinitionReader.fromText(body), options);
        return Response.status(report.created() ? Response.Status.CREATED : Response.Status.OK).entity(report).build();
    }

    @GET
    public List<TenantSummaries.Summary> list() {
        operator.require();
        return summaries.all();
    }

    @GET
    @Path("{code}")
    public TenantSummaries.Detail get(@PathParam("code") String code) {
        operator.require();
        return summaries.find(code).orElseThrow(() -> ProblemException.notFound("There is no tenant '" + code
                + "'. GET /api/operator/tenants lists them."));
    }
}
