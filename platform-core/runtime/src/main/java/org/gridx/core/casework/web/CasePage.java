package org.gridx.core.casework.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.service.Actor;
import org.gridx.core.casework.service.Actors;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.gridx.core.web.ReturnPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/cases/{id}}: one case with its whole record — summary, place, photos, every timeline
 * entry with its hash — the moves open to the caller as forms, and a check of the record's chain. Every
 * action form of every loop page posts here and returns to the page it came from.
 */
@Path("/t/{tenant}/cases/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.SUPERVISOR,
        Role.Names.INSTRUCTOR, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN,
        Role.Names.RESIDENT})
public class CasePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance casefile(PageFrame frame, String tenant, String back, CasePageView page);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    CasePageViews views;
    @Inject
    ActionForms forms;
    @Inject
    Actors actors;

    @GET
    public TemplateInstance show(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestQuery String done,
            @RestQuery("case") String number, @RestQuery boolean verify) {
        return render(tenant, id, verify, CaseNotices.of(done, number, locale.get()), List.of());
    }

    @POST
    @Path("actions")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public Response act(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @BeanParam ActionForm form) {
        Actor actor = actors.current();
        String self = "/t/" + tenant + "/cases/" + id;
        try {
            CaseFile c = forms.act(id, form, actor);
            String back = ReturnPath.within("/t/" + tenant, form.back, self);
            return Response.seeOther(URI.create(CaseNotices.after(back, form.action, c.number))).build();
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            List<String> errors = new ArrayList<>();
            errors.add(e.problem().detail());
            e.problem().errors().forEach(f -> errors.add(f.message()));
            return Response.status(e.problem().status()).entity(render(tenant, id, false, null, errors)).build();
        }
    }

    private TemplateInstance render(String tenant, UUID id, boolean verify, String notice, List<String> errors) {
        PageFrame frame = frames.tenant(tenant, "");
        Actor actor = actors.current();
        CasePageView page = views.of(tenant, id, actor, frame.locale(), verify, notice, errors);
        frame = frames.tenant(tenant, CaseTexts.in(frame.locale()).case_heading(page.row().number()));
        return Templates.casefile(frame, tenant, "/t/" + tenant + "/cases/" + id, page).setLocale(frame.locale());
    }
}
