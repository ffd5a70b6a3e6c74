package org.gridx.core.calendar.rest;

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
import org.gridx.api.identity.Role;
import org.gridx.core.calendar.service.CalendarInput;
import org.gridx.core.calendar.service.CalendarStore;
import org.gridx.core.calendar.service.CalendarView;

/**
 * The tenant's clock for time limits: natural hours, or working hours with holidays and 调休. The centre
 * and supervisors read it (it explains a deadline); the tenant admin sets it.
 */
@Path("/api/t/{tenant}/calendar")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.TENANT_ADMIN})
public class CalendarResource {

    @Inject
    CalendarStore calendars;
    @Inject
    SecurityIdentity identity;

    @GET
    public CalendarView get() {
        return calendars.view();
    }

    /** Replaces the whole calendar; deadlines computed from now on use it, those already set stay. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public CalendarView put(@NotNull(message = "send the calendar as {\"mode\": …, \"week\": {…}, \"days\": […]}") CalendarInput calendar) {
        return calendars.replace(calendar, identity.getPrincipal().getName());
    }
}
