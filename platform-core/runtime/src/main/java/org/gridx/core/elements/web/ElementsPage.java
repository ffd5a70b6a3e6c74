package org.gridx.core.elements.web;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.elements.service.ElementScope;
import org.gridx.core.elements.service.PersonalData;
import org.gridx.core.elements.service.ResidentQuery;
import org.gridx.core.elements.service.ResidentSearch;
import org.gridx.core.elements.service.ResidentTags;
import org.gridx.core.elements.service.Reveals;
import org.gridx.core.web.AppMessages;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.Texts;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /t/{tenant}/elements}: the element registry page — search residents (masked), reveal with a reason. */
@Path("/t/{tenant}/elements")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
public class ElementsPage {

    private static final int PAGE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance elements(PageFrame frame, ElementsView view);
    }

    @Inject
    PageFrames frames;
    @Inject
    ResidentSearch search;
    @Inject
    ElementScope scope;
    @Inject
    Reveals reveals;

    /** Name, grid and tag only: ID and phone numbers never go into URLs (history, proxy logs); they are posted. */
    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String name, @RestQuery String grid,
            @RestQuery String tag) {
        return render(tenant, query(name, null, null, grid, tag), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance search(@PathParam("tenant") String tenant, @RestForm String name, @RestForm String idCard,
            @RestForm String phone, @RestForm String grid, @RestForm String tag) {
        return render(tenant, query(name, idCard, phone, grid, tag), null, null);
    }

    @POST
    @Path("residents/{id}/reveal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reveal(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm String field,
            @RestForm String reason, @RestForm String name, @RestForm String idCard, @RestForm String phone,
            @RestForm String grid, @RestForm String tag) {
        ResidentQuery q = query(name, idCard, phone, grid, tag);
        try {
            Reveals.Revealed r = reveals.reveal(id, field, reason == null ? null : reason.trim());
            AppMessages t = Texts.in(frames.tenant(tenant, "").locale());
            String label = PersonalData.ID_CARD.equals(field) ? t.el_field_id_card() : t.el_field_phone();
            String who = search.byId(id).name();
            return Response.ok(render(tenant, q, t.el_revealed(who, label, r.value() == null ? "—" : r.value()), null)).build();
        } catch (ProblemException e) {
            String why = e.problem().errors().isEmpty() ? e.problem().detail() : e.problem().errors().get(0).message();
            return Response.status(e.problem().status()).entity(render(tenant, q, null, why)).build();
        }
    }

    private TemplateInstance render(String tenant, ResidentQuery q, String notice, String error) {
        PageFrame frame = frames.tenant(tenant, Texts.in(frames.tenant(tenant, "").locale()).el_heading());
        Locale locale = frame.locale();
        var tags = ResidentTags.ALL.entrySet().stream().map(e -> new ElementsView.TagOption(e.getKey(),
                "en".equals(locale.getLanguage()) ? e.getKey() : e.getValue(), e.getKey().equals(q.tag()))).toList();
        String export = "name=" + enc(q.name()) + "&grid=" + enc(q.gridCode()) + "&tag=" + enc(q.tag());
        ElementsView view = new ElementsView(tenant, q, tags, search.search(q), scope.mayReveal(), notice, error, export);
        return Templates.elements(frame, view).setLocale(locale);
    }

    private static ResidentQuery query(String name, String idCard, String phone, String grid, String tag) {
        return new ResidentQuery(clip(name, 50), clip(idCard, 30), clip(phone, 30), clip(grid, 15), clip(tag, 32), PAGE, 0);
    }

    private static String clip(String v, int max) {
        return v == null || v.isBlank() ? null : v.trim().substring(0, Math.min(max, v.trim().length()));
    }

    private static String enc(String v) {
        return v == null ? "" : URLEncoder.encode(v, StandardCharsets.UTF_8);
    }
}
