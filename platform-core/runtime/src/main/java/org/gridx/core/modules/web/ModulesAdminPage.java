package org.gridx.core.modules.web;

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
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.modules.service.ModuleCatalogue;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.gridx.core.web.Texts;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /t/{tenant}/admin/modules}: a tenant administrator turns "+X" modules on and off and sets them up. */
@Path("/t/{tenant}/admin/modules")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class ModulesAdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance modules(PageFrame frame, String tenant, List<ModuleForm> modules, String saved);
    }

    @Inject
    PageFrames frames;
    @Inject
    ModuleCatalogue catalogue;
    @Inject
    ModuleFormSubmission submission;
    @Inject
    SecurityIdentity identity;
    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String saved) {
        return render(tenant, saved, null, null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("tenant") String tenant, @PathParam("id") String id,
            MultivaluedMap<String, String> form) {
        try {
            submission.apply(id, form, identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/t/" + tenant + "/admin/modules?saved=" + id + "#module-" + id)).build();
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            return Response.status(e.problem().status()).entity(render(tenant, null, id, e.problem())).build();
        }
    }

    private TemplateInstance render(String tenant, String saved, String failedId, Problem problem) {
        PageFrame frame = frames.tenant(tenant, Texts.in(locale.get()).link_admin_modules());
        List<ModuleForm> forms = catalogue.all().stream()
                .map(e -> ModuleForm.of(e, frame.locale(), e.manifest().id().equals(failedId) ? problem : null)).toList();
        return Templates.modules(frame, tenant, forms, saved).setLocale(frame.locale());
    }
}
