package org.gridx.core.casework.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.core.casework.domain.CaseSettings;
import org.gridx.core.casework.service.CaseSettingsInput;
import org.gridx.core.casework.service.CaseSettingsService;

/** The loop's per-tenant settings: duplicate radius and window, service-request limits, reminder point. */
@Path("/api/t/{tenant}/casework/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER})
public class CaseSettingsResource {

    @Inject
    CaseSettingsService settings;

    @GET
    public Map<String, Object> read() {
        return view(settings.read());
    }

    @PUT
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Map<String, Object> save(@Valid @NotNull CaseSettingsInput in) {
        return view(settings.save(in));
    }

    private static Map<String, Object> view(CaseSettings s) {
        return Map.of("duplicateRadiusM", s.duplicateRadiusM, "duplicateWindow", s.duplicateWindow,
                "serviceLimits", s.serviceLimits, "remindAtPercent", s.remindAtPercent);
    }
}
