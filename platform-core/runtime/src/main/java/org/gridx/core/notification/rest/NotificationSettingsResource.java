package org.gridx.core.notification.rest;

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
import org.gridx.core.notification.service.Deliveries;
import org.gridx.core.staffing.service.Caller;

/** The caller's own notification setting: each notification at once, or one digest a day. */
@Path("/api/t/{tenant}/notifications/settings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN,
        Role.Names.RESIDENT})
public class NotificationSettingsResource {

    @Inject
    Deliveries deliveries;
    @Inject
    Caller caller;

    @GET
    public Map<String, String> get() {
        return Map.of("delivery", deliveries.of(caller.account()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> put(@NotNull @Valid DeliveryInput in) {
        return Map.of("delivery", deliveries.set(caller.account(), in.delivery()));
    }
}
