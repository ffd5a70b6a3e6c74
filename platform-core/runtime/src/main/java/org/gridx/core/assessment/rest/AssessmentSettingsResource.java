package org.gridx.core.assessment.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.core.assessment.domain.AssessmentSettings;
import org.gridx.core.assessment.service.AssessmentSettingsInput;
import org.gridx.core.assessment.service.AssessmentSettingsService;

/**
 * The weights of the overall score and the grade floors of this tenant: staff read them (they explain the
 * grades they see), the tenant administrator changes them; each change is kept with who and when.
 */
@Path("/api/t/{tenant}/assessment/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SPECIALIST, Role.Names.INFORMANT, Role.Names.DEPARTMENT_HANDLER})
public class AssessmentSettingsResource {

    @Inject
    AssessmentSettingsService settings;
    @Inject
    SecurityIdentity identity;

    @GET
    public Map<String, Object> read() {
        return view(settings.stored().orElse(null));
    }

    @PUT
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Map<String, Object> save(@NotNull(message = "send {weights: {code: 0..100}, gradeFloors: {A, B, C, D}}")
            AssessmentSettingsInput in) {
        return view(settings.save(in, identity.getPrincipal().getName()));
    }

    private Map<String, Object> view(AssessmentSettings s) {
        Map<String, Object> m = new LinkedHashMap<>(AssessmentSettings.snapshot(settings.weights()));
        m.put("isDefault", s == null);
        m.put("updatedAt", s == null ? null : s.updatedAt.toString());
        m.put("updatedBy", s == null ? null : s.updatedBy);
        return m;
    }
}
