package org.gridx.modules.selfgovernance.forum.web;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.web.LayoutFrame;
import org.gridx.api.web.TenantPages;
import org.gridx.modules.selfgovernance.common.Participant;
import org.gridx.modules.selfgovernance.common.Participants;
import org.gridx.modules.selfgovernance.forum.rest.BanView;
import org.gridx.modules.selfgovernance.forum.rest.ReportView;
import org.gridx.modules.selfgovernance.forum.service.BanInput;
import org.gridx.modules.selfgovernance.forum.service.DecisionInput;
import org.gridx.modules.selfgovernance.forum.service.ForumBans;
import org.gridx.modules.selfgovernance.forum.service.ForumModeration;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/self-governance/moderation}: the moderator's queue on a phone — open abuse reports of
 * the forums they moderate (hide the post or dismiss the report) and appeals to decide; and the ban form's target.
 */
@Path("/t/{tenant}/self-governance/moderation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR,
        Role.Names.SUPERVISOR, Role.Names.TENANT_ADMIN})
public class ModerationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance moderation(LayoutFrame frame, String tenant, List<ReportView> reports,
                List<BanView> appeals, String notice);
    }

    @Inject
    TenantPages pages;
    @Inject
    Participants participants;
    @Inject
    ForumModeration moderation;
    @Inject
    ForumBans bans;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String done) {
        Participant p = participants.current();
        LayoutFrame frame = pages.frame(tenant, ForumTexts.in(pages.locale()).moderation_title());
        List<ReportView> reports = moderation.openReports(p).stream()
                .map(r -> ReportView.of(r, moderation.post(r.postId))).toList();
        List<BanView> appeals = bans.pendingAppeals(p).stream().map(BanView::of).toList();
        return Templates.moderation(frame, tenant, reports, appeals, done).setLocale(frame.locale());
    }

    @POST
    @Path("reports/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dismiss(@PathParam("tenant") String tenant, @PathParam("id") UUID id) {
        moderation.dismiss(participants.current(), id);
        return back(tenant);
    }

    @POST
    @Path("bans/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm String decision,
            @RestForm String note) {
        if (!"lift".equals(decision) && !"uphold".equals(decision)) {
            throw ProblemException.badRequest("decision must be 'lift' or 'uphold'.");
        }
        bans.decide(participants.current(), id, new DecisionInput(decision, note));
        return back(tenant);
    }

    /** The ban form under a post of the thread page. */
    @POST
    @Path("forums/{id}/ban")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ban(@PathParam("tenant") String tenant, @PathParam("id") UUID forum, @RestForm String username,
            @RestForm String reason, @RestForm String until, @RestForm UUID thread) {
        LocalDate last;
        try {
            last = LocalDate.parse(FormFields.required(until, "until", 10));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("'until' must be a date such as 2026-12-31.");
        }
        bans.ban(participants.current(), forum, new BanInput(FormFields.required(username, "username", 64),
                FormFields.required(reason, "reason", 500), last));
        return thread == null ? back(tenant) : ThreadPage.ThreadLinks.back(tenant, thread, "moderated", null);
    }

    private static Response back(String tenant) {
        return Response.seeOther(URI.create("/t/" + tenant + "/self-governance/moderation?done=moderated")).build();
    }
}
