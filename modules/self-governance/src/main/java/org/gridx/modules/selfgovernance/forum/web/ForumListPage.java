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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.web.LayoutFrame;
import org.gridx.api.web.TenantPages;
import org.gridx.modules.selfgovernance.common.Participant;
import org.gridx.modules.selfgovernance.common.Participants;
import org.gridx.modules.selfgovernance.forum.ForumDeclarations;
import org.gridx.modules.selfgovernance.forum.domain.Forum;
import org.gridx.modules.selfgovernance.forum.domain.ForumBan;
import org.gridx.modules.selfgovernance.forum.rest.BanView;
import org.gridx.modules.selfgovernance.forum.rest.ForumView;
import org.gridx.modules.selfgovernance.forum.rest.ThreadSummary;
import org.gridx.modules.selfgovernance.forum.service.AppealInput;
import org.gridx.modules.selfgovernance.forum.service.ForumBans;
import org.gridx.modules.selfgovernance.forum.service.ForumCatalogue;
import org.gridx.modules.selfgovernance.forum.service.ForumRules;
import org.gridx.modules.selfgovernance.forum.service.ForumThreads;
import org.gridx.modules.selfgovernance.forum.service.ThreadInput;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/self-governance/forums}: the forums on a phone, the caller's own grid and community
 * first; a forum's threads (notices first) with the form to open one, or, for a banned person, the ban and
 * the form of their one appeal.
 */
@Path("/t/{tenant}/self-governance/forums")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.RESIDENT, Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SUPERVISOR, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER,
        Role.Names.TENANT_ADMIN})
public class ForumListPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forums(LayoutFrame frame, String tenant, List<ForumView> mine, List<ForumView> others);

        static native TemplateInstance forum(LayoutFrame frame, String tenant, ForumView forum, List<ThreadSummary> threads,
                BanView ban, long titleMax, long postMax, String notice);
    }

    @Inject
    TenantPages pages;
    @Inject
    Participants participants;
    @Inject
    ForumCatalogue forums;
    @Inject
    ForumThreads threads;
    @Inject
    ForumRules rules;
    @Inject
    ForumBans bans;

    @GET
    public TemplateInstance list(@PathParam("tenant") String tenant) {
        LayoutFrame frame = pages.frame(tenant, ForumTexts.in(pages.locale()).forums_title());
        Participant p = participants.current();
        List<ForumView> all = forums.all().stream().map(f -> ForumView.of(f, p)).toList();
        return Templates.forums(frame, tenant, all.stream().filter(ForumView::mine).toList(),
                all.stream().filter(v -> !v.mine()).toList()).setLocale(frame.locale());
    }

    @GET
    @Path("{id}")
    public TemplateInstance forum(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestQuery String done) {
        Forum f = forums.get(id);
        Participant p = participants.current();
        LayoutFrame frame = pages.frame(tenant, f.title);
        BanView ban = ForumBan.of(id, p.username()).stream().filter(b -> b.activeAt(Instant.now())).findFirst()
                .map(BanView::of).orElse(null);
        return Templates.forum(frame, tenant, ForumView.of(f, p), threads.of(id).stream().map(ThreadSummary::of).toList(),
                ban, rules.settings().integer(ForumDeclarations.TITLE_MAX), rules.settings().integer(ForumDeclarations.POST_MAX),
                done).setLocale(frame.locale());
    }

    @POST
    @Path("{id}/threads")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm String title,
            @RestForm String body) {
        ThreadInput in = new ThreadInput(FormFields.required(title, "title", 200), FormFields.required(body, "body", 10000));
        UUID thread = threads.open(participants.current(), id, in).id;
        return Response.seeOther(URI.create("/t/" + tenant + "/self-governance/threads/" + thread + "?done=posted")).build();
    }

    @POST
    @Path("{id}/bans/{ban}/appeal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response appeal(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @PathParam("ban") UUID ban,
            @RestForm String text) {
        bans.appeal(participants.current(), ban, new AppealInput(FormFields.required(text, "text", 1000)));
        return Response.seeOther(URI.create("/t/" + tenant + "/self-governance/forums/" + id + "?done=appealed")).build();
    }
}
