package org.gridx.core.command.board.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.core.command.board.service.BoardScope;
import org.gridx.core.command.board.service.NodeRef;
import org.gridx.core.command.duty.service.DutyDays;
import org.gridx.core.command.duty.service.DutyView;
import org.gridx.core.command.duty.service.Roster;
import org.gridx.core.command.web.CommandTexts;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/command}: the command centre's large-screen board (指挥中心大屏). The page carries
 * today's roster; its script loads the figures and the map once ({@code /api/t/{t}/command/board|map}) and
 * then follows the live stream: new, overdue and escalated cases enter the feed and the map as they happen.
 */
@Path("/t/{tenant}/command")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SPECIALIST})
public class BoardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(PageFrame frame, String tenant, NodeRef node, List<DutyView> duty, String today);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    BoardScope scope;
    @Inject
    Roster roster;
    @Inject
    DutyDays days;

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String node) {
        PageFrame frame = frames.tenant(tenant, CommandTexts.in(locale.get()).board_title());
        NodeRef start = NodeRef.of(scope.node(node));
        return Templates.board(frame, tenant, start, roster.on(days.today()), days.today().toString())
                .setLocale(frame.locale());
    }
}
