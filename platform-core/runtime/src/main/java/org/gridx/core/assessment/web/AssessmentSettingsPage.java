package org.gridx.core.assessment.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.assessment.service.AssessmentSettingsService;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/assessment/settings}: the tenant administrator sets the weights of the overall score and
 * the grade floors (a refused save re-draws the form with each reason at its field, status 422); other staff
 * see the settings in force, read-only.
 */
@Path("/t/{tenant}/assessment/settings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SPECIALIST, Role.Names.INFORMANT, Role.Names.DEPARTMENT_HANDLER})
public class AssessmentSettingsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(PageFrame frame, SettingsPageView view);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    SettingsPageViews views;
    @Inject
    AssessmentSettingsService settings;
    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String saved) {
        PageFrame frame = frames.tenant(tenant, AssessmentTexts.in(locale.get()).settings_title());
        return Templates.settings(frame, views.of(tenant, admin(), saved != null, null, null, frame.locale()))
                .setLocale(frame.locale());
    }

    @POST
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("tenant") String tenant, MultivaluedMap<String, String> form) {
        try {
            settings.save(SettingsForm.input(form), identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/t/" + tenant + "/assessment/settings?saved=1")).build();
        } catch (ProblemException e) {
            if (e.problem().status() != 422) {
                throw e;
            }
            Map<String, String> submitted = new LinkedHashMap<>();
            form.keySet().forEach(k -> submitted.put(k, SettingsForm.value(form, k)));
            PageFrame frame = frames.tenant(tenant, AssessmentTexts.in(locale.get()).settings_title());
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(Templates.settings(frame,
                    views.of(tenant, true, false, submitted, e.problem(), frame.locale())).setLocale(frame.locale())).build();
        }
    }

    private boolean admin() {
        return identity.hasRole(Role.Names.TENANT_ADMIN);
    }
}
