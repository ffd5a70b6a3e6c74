package org.gridx.core.staffing.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.core.fieldwork.web.FieldTexts;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.staffing.rest.PostView;
import org.gridx.core.staffing.rest.ResidentPostView;
import org.gridx.core.staffing.rest.UnderstaffedView;
import org.gridx.core.staffing.service.StaffingQueries;
import org.gridx.core.staffing.service.StaffingVisibility;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;

/** {@code /t/{tenant}/staffing}: posts per node with A/B holders, who acts now, and grids short of informants. */
@Path("/t/{tenant}/staffing")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR,
        Role.Names.DISPATCHER})
public class StaffingPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance staffing(PageFrame frame, List<PostRow> posts, List<UnderstaffedView> understaffed,
                List<ResidentPostView> residentPosts);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    StaffingQueries queries;
    @Inject
    StaffingVisibility visibility;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant) {
        PageFrame frame = frames.tenant(tenant, FieldTexts.in(locale.get()).staffing_heading());
        var visible = visibility.filter(null);
        List<PostView> posts = queries.posts(Instant.now(), visible);
        List<UnderstaffedView> short_ = queries.understaffed().stream()
                .filter(u -> GridNode.findByCode(u.code()).filter(visible).isPresent()).toList();
        List<PostRow> rows = posts.stream().map(p -> PostRow.of(p, frame.locale())).toList();
        return Templates.staffing(frame, rows, short_, queries.residentPosts(visible)).setLocale(frame.locale());
    }
}
