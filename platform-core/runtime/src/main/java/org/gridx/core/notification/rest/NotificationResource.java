package org.gridx.core.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.core.notification.service.Inbox;
import org.gridx.core.staffing.service.Caller;

/** The caller's own in-app notifications: list (newest first), count unread, mark read. */
@Path("/api/t/{tenant}/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN,
        Role.Names.RESIDENT})
public class NotificationResource {

    @Inject
    Inbox inbox;
    @Inject
    Caller caller;

    @GET
    public List<NotificationView> list(
            @QueryParam("unread") @Pattern(regexp = "true|false", message = "true or false") String unread,
            @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "at least 1") @Max(value = 200, message = "at most 200") int limit) {
        return inbox.list(me(), "true".equals(unread), limit);
    }

    @GET
    @Path("count")
    public Map<String, Long> count() {
        return Map.of("unread", inbox.unread(me()));
    }

    @POST
    @Path("{id}/read")
    public NotificationView read(@PathParam("id") UUID id) {
        return inbox.markRead(me(), id);
    }

    @POST
    @Path("read-all")
    public Map<String, Integer> readAll() {
        return Map.of("marked", inbox.markAllRead(me()));
    }

    private String me() {
        return caller.account().username;
    }
}
