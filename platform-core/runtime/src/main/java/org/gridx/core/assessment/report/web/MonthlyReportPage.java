package org.gridx.core.assessment.report.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gridx.api.identity.Role;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/assessment/report?month=YYYY-MM}: the monthly assessment report (月度考核通报) as a page of
 * its own, made to print on A4 (no menu, each scorecard on a new page); the browser's print makes the PDF.
 */
@Path("/t/{tenant}/assessment/report")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SPECIALIST})
public class MonthlyReportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(MonthlyReportView view);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    MonthlyReportViews views;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant, @RestQuery String month, @RestQuery String node) {
        PageFrame frame = frames.tenant(tenant, null);
        return Templates.report(views.view(tenant, frame.siteName(), month, node, frame.locale())).setLocale(frame.locale());
    }
}
