package org.gridx.core.fieldwork.web;

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
import org.gridx.api.problem.ProblemException;
import org.gridx.core.fieldwork.rest.AppealView;
import org.gridx.core.fieldwork.rest.VisitView;
import org.gridx.core.fieldwork.service.FieldworkQueries;
import org.gridx.core.fieldwork.service.VisitService;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Phone-first pages of a grid worker: record a visit in a few taps, and see one's recent visits and the
 * open appeals of one's grids. The form carries an idempotency key, so a double tap or a resent form
 * records the visit once.
 */
@Path("/t/{tenant}/fieldwork")
@Produces(MediaType.TEXT_HTML)
public class FieldworkPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(PageFrame frame, String tenant, List<VisitView> visits,
                List<AppealView> appeals, boolean saved);

        static native TemplateInstance visit(PageFrame frame, String tenant, List<GridOption> grids, VisitForm form,
                List<String> errors);
    }

    @Inject
    PageFrames frames;
    @Inject
    FieldworkQueries queries;
    @Inject
    VisitService visits;
    @Inject
    VisitFormSupport support;
    @Inject
    RequestLocale locale;

    @GET
    @RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.SUPERVISOR,
            Role.Names.INSTRUCTOR, Role.Names.DISPATCHER, Role.Names.TENANT_ADMIN})
    public TemplateInstance overview(@PathParam("tenant") String tenant, @RestQuery boolean saved) {
        PageFrame frame = frames.tenant(tenant, FieldTexts.in(locale.get()).link_fieldwork());
        List<AppealView> open = queries.appeals(null, null, false, 50).stream()
                .filter(a -> "open".equals(a.status()) || "in-progress".equals(a.status())).toList();
        return Templates.overview(frame, tenant, queries.visits(null, true, 20), open, saved).setLocale(frame.locale());
    }

    @GET
    @Path("visit")
    @RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF})
    public TemplateInstance form(@PathParam("tenant") String tenant) {
        return render(tenant, VisitForm.blank(UUID.randomUUID().toString()), List.of());
    }

    @POST
    @Path("visit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF})
    public Object record(@PathParam("tenant") String tenant, @jakarta.ws.rs.BeanParam VisitForm form) {
        List<String> errors = support.check(form);
        if (errors.isEmpty()) {
            try {
                visits.record(form.toInput(), support.key(form.key));
                return Response.seeOther(URI.create("/t/" + tenant + "/fieldwork?saved=true")).build();
            } catch (ProblemException e) {
                errors = support.messages(e);
            }
        }
        return Response.status(422).entity(render(tenant, form, errors)).build();
    }

    private TemplateInstance render(String tenant, VisitForm form, List<String> errors) {
        PageFrame frame = frames.tenant(tenant, FieldTexts.in(locale.get()).visit_heading());
        return Templates.visit(frame, tenant, support.grids(form.grid), form, errors).setLocale(frame.locale());
    }
}
