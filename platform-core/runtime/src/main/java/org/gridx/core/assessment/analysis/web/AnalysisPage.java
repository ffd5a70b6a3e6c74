package org.gridx.core.assessment.analysis.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;

/**
 * {@code /t/{tenant}/analysis}: 研判 for the command centre — hot spots, recurring places, trends and
 * department bottlenecks for a period and area, each as a chart with the same figures in a table below it
 * (and CSV/XLSX downloads of each table). A plain GET form, so it works without JavaScript (tables only).
 */
@Path("/t/{tenant}/analysis")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SPECIALIST, Role.Names.DEPARTMENT_HANDLER})
public class AnalysisPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance analysis(PageFrame frame, String tenant, AnalysisView v);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    AnalysisPageViews views;
    @Inject
    RoutingContext rc;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant) {
        PageFrame frame = frames.tenant(tenant, AnalysisTexts.in(locale.get()).title());
        Map<String, String> q = new HashMap<>();
        for (String name : new String[] {"from", "to", "node", "bucket", "radius", "min"}) {
            q.put(name, rc.request().getParam(name));
        }
        return Templates.analysis(frame, tenant, views.of(q, frame.locale())).setLocale(frame.locale());
    }
}
