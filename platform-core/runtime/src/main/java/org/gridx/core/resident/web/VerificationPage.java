package org.gridx.core.resident.web;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.resident.domain.ResidentRegistration;
import org.gridx.core.resident.rest.RegistrationView;
import org.gridx.core.resident.service.ResidentContact;
import org.gridx.core.resident.service.Verifications;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/verifications}: the grid's informant or specialist works through the registrations
 * waiting in their grids: verify, or reject with a reason the resident reads. A registration outside their
 * grids is not found.
 */
@Path("/t/{tenant}/verifications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.TENANT_ADMIN})
public class VerificationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(PageFrame frame, String tenant, List<RegistrationView> pending, String notice,
                FormErrors errors, String failedId);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    Verifications verifications;
    @Inject
    ResidentContact contact;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String done, @RestQuery String name) {
        PortalMessages t = PortalTexts.in(locale.get());
        String notice = name == null ? null : "verify".equals(done) ? t.verified_notice(name) : t.rejected_notice(name);
        return render(tenant, notice, FormErrors.NONE, null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm String decision,
            @RestForm String reason) {
        try {
            ResidentRegistration r = verifications.decide(id, decision, reason);
            return Response.seeOther(URI.create("/t/" + tenant + "/verifications?done=" + decision + "&name="
                    + URLEncoder.encode(r.displayName, StandardCharsets.UTF_8))).build();
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            return Response.status(e.problem().status()).entity(render(tenant, null, FormErrors.of(e), id.toString())).build();
        }
    }

    private TemplateInstance render(String tenant, String notice, FormErrors errors, String failedId) {
        PageFrame frame = frames.tenant(tenant, PortalTexts.in(locale.get()).verify_heading());
        List<RegistrationView> pending = verifications.queue(ResidentRegistration.PENDING).stream().map(contact::view).toList();
        return Templates.queue(frame, tenant, pending, notice, errors, failedId).setLocale(frame.locale());
    }
}
