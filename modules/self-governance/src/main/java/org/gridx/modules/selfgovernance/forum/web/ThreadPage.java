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
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.web.LayoutFrame;
import org.gridx.api.web.TenantPages;
import org.gridx.modules.selfgovernance.common.Participant;
import org.gridx.modules.selfgovernance.common.Participants;
import org.gridx.modules.selfgovernance.forum.ForumDeclarations;
import org.gridx.modules.selfgovernance.forum.domain.Forum;
import org.gridx.modules.selfgovernance.forum.domain.ForumPost;
import org.gridx.modules.selfgovernance.forum.domain.ForumThread;
import org.gridx.modules.selfgovernance.forum.rest.PostView;
import org.gridx.modules.selfgovernance.forum.rest.ThreadView;
import org.gridx.modules.selfgovernance.forum.service.ForumCatalogue;
import org.gridx.modules.selfgovernance.forum.service.ForumModerators;
import org.gridx.modules.selfgovernance.forum.service.ForumRules;
import org.gridx.modules.selfgovernance.forum.service.ForumThreads;
import org.gridx.modules.selfgovernance.forum.service.ReplyInput;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/self-governance/threads/{id}}: a thread on a phone with the reply form; each post can be
 * reported, and the forum's moderators also get hide, ban and pin forms. Works without JavaScript.
 */
@Path("/t/{tenant}/self-governance/threads/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.RESIDENT, Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SUPERVISOR, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER,
        Role.Names.TENANT_ADMIN})
public class ThreadPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance thread(LayoutFrame frame, String tenant, ThreadView thread, String forumTitle,
                List<PostLine> posts, long postMax, String notice);
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

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestQuery String done) {
        Participant p = participants.current();
        ForumThread t = threads.get(id);
        Forum forum = forums.get(t.forumId);
        boolean moderator = ForumModerators.moderates(p, forum);
        List<ForumPost> posts = threads.posts(id);
        List<PostLine> lines = posts.stream()
                .map(post -> PostLine.of(PostView.of(post, moderator), post.author.equals(p.username()))).toList();
        LayoutFrame frame = pages.frame(tenant, t.title);
        ThreadView view = ThreadView.of(t, posts, moderator);
        return Templates.thread(frame, tenant, view, forum.title, lines,
                rules.settings().integer(ForumDeclarations.POST_MAX), done).setLocale(frame.locale());
    }

    @POST
    @Path("posts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm String body) {
        UUID post = threads.reply(participants.current(), id, new ReplyInput(FormFields.required(body, "body", 10000))).id;
        return ThreadLinks.back(tenant, id, "posted", post);
    }

    @POST
    @Path("pin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pin(@PathParam("tenant") String tenant, @PathParam("id") UUID id, @RestForm boolean pinned) {
        threads.pin(participants.current(), id, pinned);
        return ThreadLinks.back(tenant, id, "moderated", null);
    }

    /** Where a form on the thread page sends the reader back to. */
    static final class ThreadLinks {
        private ThreadLinks() {
        }

        static Response back(String tenant, UUID thread, String done, UUID post) {
            return Response.seeOther(URI.create("/t/" + tenant + "/self-governance/threads/" + thread + "?done=" + done
                    + (post == null ? "" : "#post-" + post))).build();
        }
    }
}
