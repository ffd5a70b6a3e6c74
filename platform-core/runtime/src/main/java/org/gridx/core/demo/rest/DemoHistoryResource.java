package org.gridx.core.demo.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.demo.service.HistoryInput;
import org.gridx.core.demo.service.HistoryProgress;
import org.gridx.core.demo.service.HistoryRuns;

/**
 * A year of realistic history for a demo or benchmark tenant (cases through the whole loop, household visits,
 * resident appeals), generated in the background; GET says how far it is. Only the tenant's administrator,
 * and only where {@code gridx.demo.enabled} is on — production turns it off and these paths do not exist.
 */
@Path("/api/t/{tenant}/demo/history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class DemoHistoryResource {

    @Inject
    HistoryRuns runs;
    @ConfigProperty(name = "gridx.demo.enabled", defaultValue = "true")
    boolean enabled;

    @POST
    public Response start(HistoryInput in) {
        enabled();
        HistoryInput full = (in == null ? new HistoryInput(null, null, null, null, null) : in).checked();
        return Response.accepted(view(runs.start(full))).build();
    }

    @GET
    public Map<String, Object> progress() {
        enabled();
        return view(runs.progress());
    }

    private void enabled() {
        if (!enabled) {
            throw ProblemException.notFound("Generating demo history is switched off here (gridx.demo.enabled=false).");
        }
    }

    private static Map<String, Object> view(HistoryProgress p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", p.state());
        m.put("phase", p.phase());
        m.put("written", p.written());
        m.put("total", p.total());
        m.put("percent", p.percent());
        m.put("skipped", p.skipped());
        m.put("startedAt", p.startedAt());
        m.put("finishedAt", p.finishedAt());
        m.put("error", p.error());
        return m;
    }
}
