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
import org.gridx.api.identity.Role;
import org.gridx.core.notification.service.Deliveries;
import org.gridx.core.resident.web.PortalTexts;
import org.gridx.core.staffing.service.Caller;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /t/{tenant}/notifications/settings}: choose immediate notifications or one daily digest. */
@Path("/t/{tenant}/notifications/settings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN,
        Role.Names.RESIDENT})
public class NotificationSettingsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(PageFrame frame, String tenant, String delivery, boolean saved);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    Deliveries deliveries;
    @Inject
    Caller caller;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String saved) {
        PageFrame frame = frames.tenant(tenant, PortalTexts.in(locale.get()).settings_heading());
        return Templates.settings(frame, tenant, deliveries.of(caller.account()), saved != null).setLocale(frame.locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("tenant") String tenant, @RestForm String delivery) {
        deliveries.set(caller.account(), delivery);
        return Response.seeOther(URI.create("/t/" + tenant + "/notifications/settings?saved=1")).build();
    }
}
