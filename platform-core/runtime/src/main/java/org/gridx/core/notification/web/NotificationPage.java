package org.gridx.core.notification.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.core.notification.rest.NotificationView;
import org.gridx.core.notification.service.Inbox;
import org.gridx.core.staffing.service.Caller;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;

/**
 * The caller's notifications on a phone: newest first, unread ones marked, each opening its page, read
 * with one tap (a form, so it works without JavaScript); a live stream only adds a "new" hint.
 */
@Path("/t/{tenant}/notifications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN,
        Role.Names.RESIDENT})
public class NotificationPage {

    private static final int SHOWN = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(PageFrame frame, String tenant, List<NotificationView> items,
                long unread);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    Inbox inbox;
    @Inject
    Caller caller;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant) {
        String me = caller.account().username;
        PageFrame frame = frames.tenant(tenant, NotificationTexts.in(locale.get()).title());
        return Templates.notifications(frame, tenant, inbox.list(me, false, SHOWN), inbox.unread(me))
                .setLocale(frame.locale());
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response read(@PathParam("tenant") String tenant, @PathParam("id") UUID id) {
        inbox.markRead(caller.account().username, id);
        return back(tenant);
    }

    @POST
    @Path("read-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response readAll(@PathParam("tenant") String tenant) {
        inbox.markAllRead(caller.account().username);
        return back(tenant);
    }

    private static Response back(String tenant) {
        return Response.seeOther(URI.create("/t/" + tenant + "/notifications")).build();
    }
}
