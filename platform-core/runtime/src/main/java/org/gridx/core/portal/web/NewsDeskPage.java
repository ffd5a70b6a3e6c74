package org.gridx.core.portal.web;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.portal.service.NewsDesk;
import org.gridx.core.portal.service.NewsInput;
import org.gridx.core.resident.web.FormErrors;
import org.gridx.core.resident.web.PortalTexts;
import org.gridx.core.tenancy.service.TenantDirectory;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /t/{tenant}/news-desk}: the tenant administrator or a specialist publishes and withdraws the street's news. */
@Path("/t/{tenant}/news-desk")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST})
public class NewsDeskPage {

    public record Draft(String titleZh, String titleEn, String bodyZh, String bodyEn) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(PageFrame frame, String tenant, List<PortalView.News> published, Draft draft,
                FormErrors errors, boolean done);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    NewsDesk desk;
    @Inject
    TenantDirectory directory;
    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String done) {
        return render(tenant, new Draft("", "", "", ""), FormErrors.NONE, done != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("tenant") String tenant, @RestForm String titleZh, @RestForm String titleEn,
            @RestForm String bodyZh, @RestForm String bodyEn) {
        Draft d = new Draft(nn(titleZh), nn(titleEn), nn(bodyZh), nn(bodyEn));
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (d.titleZh().isBlank() || d.titleZh().length() > 120) {
            problems.add(new FieldProblem("/titleZh", "a Chinese title of 1 to 120 characters"));
        }
        if (d.bodyZh().isBlank() || d.bodyZh().length() > 4000) {
            problems.add(new FieldProblem("/bodyZh", "the text residents read, 1 to 4000 characters"));
        }
        if (d.titleEn().length() > 120 || d.bodyEn().length() > 4000) {
            problems.add(new FieldProblem("/titleEn", "English title at most 120, text at most 4000 characters"));
        }
        if (!problems.isEmpty()) {
            FormErrors e = FormErrors.of(ProblemException.invalid("The news item cannot be published yet.", problems));
            return Response.status(422).entity(render(tenant, d, e, false)).build();
        }
        desk.publish(new NewsInput(d.titleZh(), d.titleEn(), d.bodyZh(), d.bodyEn()), identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/t/" + tenant + "/news-desk?done=1")).build();
    }

    @POST
    @Path("{id}/withdraw")
    public Response withdraw(@PathParam("tenant") String tenant, @PathParam("id") UUID id) {
        desk.withdraw(id);
        return Response.seeOther(URI.create("/t/" + tenant + "/news-desk")).build();
    }

    private TemplateInstance render(String tenant, Draft d, FormErrors errors, boolean done) {
        PageFrame frame = frames.tenant(tenant, PortalTexts.in(locale.get()).news_publish_heading());
        List<PortalView.News> published = desk.published().stream()
                .map(n -> PortalView.news(n, frame.locale(), directory.zone(tenant))).toList();
        return Templates.desk(frame, tenant, published, d, errors, done).setLocale(frame.locale());
    }

    private static String nn(String s) {
        return s == null ? "" : s.strip();
    }
}
