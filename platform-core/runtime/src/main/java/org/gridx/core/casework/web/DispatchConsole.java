package org.gridx.core.casework.web;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.grid.service.GridGeoJsonExport;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/dispatch}: the command centre's console — its queues (verify and register, flagged
 * duplicates, dispatch by the list, cases sent back, postponements asked, overdue), each case with the
 * department the responsibility list suggests and a one-click dispatch to it, and a map of open cases over
 * the grid. It follows the live stream to know when to refresh.
 */
@Path("/t/{tenant}/dispatch")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.DISPATCHER)
public class DispatchConsole {

    /** One queue as shown: its cases (at most a page) and how many there are in all. */
    public record Queue(String id, String heading, String help, long count, List<CaseLine> lines) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dispatch(PageFrame frame, String tenant, String back, String notice,
                List<Queue> queues, String mapGeojson, String mapPoints);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    CasePageQueries queries;
    @Inject
    CaseRows rows;
    @Inject
    GridGeoJsonExport geo;

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String done, @RestQuery("case") String number) {
        PageFrame frame = frames.tenant(tenant, CaseTexts.in(locale.get()).link_dispatch());
        Locale l = frame.locale();
        CaseMessages t = CaseTexts.in(l);
        Map<String, String> departments = rows.departmentNames(l);
        List<Queue> queues = new ArrayList<>();
        for (ConsoleQueue q : ConsoleQueue.values()) {
            List<CaseLine> lines = rows.of(queries.queue(q), l, departments).stream()
                    .map(r -> new CaseLine(r, ActionSpecs.of(r, actions(q, r), l, departments))).toList();
            queues.add(new Queue(q.id(), t.queue(q.id()), t.queue_help(q.id()), queries.count(q), lines));
        }
        String points = CasePageViews.points(rows.of(queries.openWithPoint(), l, departments));
        return Templates.dispatch(frame, tenant, "/t/" + tenant + "/dispatch", CaseNotices.of(done, number, l), queues,
                boundaries(), points).setLocale(l);
    }

    /** What the centre does with a case of each queue. */
    private static List<String> actions(ConsoleQueue q, CaseRow r) {
        return switch (q) {
            case REPORTED -> List.of("register", "reject");
            case DUPLICATES -> "reported".equals(r.state()) ? List.of("merge", "register", "reject") : List.of("merge", "dispatch");
            case REGISTERED, RETURNED -> List.of("dispatch");
            case POSTPONEMENTS -> List.of("approve-postponement", "deny-postponement");
            case OVERDUE -> List.of("escalate");
        };
    }

    /** The whole grid of the tenant (from its top node) for the map, as the grid page exports it. */
    private String boundaries() {
        return GridNode.<GridNode>find("level = 1 and retiredAt is null order by code").firstResultOptional()
                .map(n -> geo.export(n.code).toString()).orElse("{\"type\":\"FeatureCollection\",\"features\":[]}");
    }
}
