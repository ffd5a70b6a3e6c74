package org.gridx.core.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.core.assessment.fact.FactCatchUp;
import org.gridx.core.assessment.fact.FactStatus;

/**
 * The assessment figures' upkeep: how far they are behind the record, and catching up or rebuilding them
 * (after a restore, an import of history, or a change of how a figure is computed). Both run in the
 * background; poll GET for progress; starting again resumes.
 */
@Path("/api/t/{tenant}/assessment/facts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class FactResource {

    @Inject
    FactCatchUp catchUp;

    @GET
    public Map<String, Object> status() {
        return view(catchUp.status());
    }

    @POST
    @Path("catch-up")
    public Response start(@QueryParam("rebuild") boolean rebuild) {
        return Response.accepted(view(catchUp.start(rebuild))).build();
    }

    private static Map<String, Object> view(FactStatus s) {
        return Map.of("cases", s.cases(), "current", s.current(), "behind", s.behind(), "percent", s.percent(),
                "running", s.running());
    }
}
