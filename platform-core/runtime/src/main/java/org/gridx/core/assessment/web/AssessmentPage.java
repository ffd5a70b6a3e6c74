package org.gridx.core.assessment.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.assessment.export.TableExport;
import org.gridx.core.assessment.service.IndicatorPeriods;
import org.gridx.core.assessment.service.IndicatorReport;
import org.gridx.core.assessment.service.IndicatorScopes;
import org.gridx.core.assessment.service.IndicatorService;
import org.gridx.core.assessment.service.IndicatorTables;
import org.gridx.core.assessment.web.AssessmentPageView.Form;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /t/{tenant}/assessment}: the indicators table for a month or a custom period, a node within the
 * caller's scope and a split, with each formula beside its column and in a legend; {@code export} downloads
 * the same rows. A refused choice (bad date, wrong split) re-draws the form with the reason at the field.
 */
@Path("/t/{tenant}/assessment")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SPECIALIST, Role.Names.INFORMANT, Role.Names.DEPARTMENT_HANDLER})
public class AssessmentPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assessment(PageFrame frame, AssessmentPageView view);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    IndicatorPeriods periods;
    @Inject
    IndicatorScopes scopes;
    @Inject
    IndicatorService indicators;
    @Inject
    AssessmentPageViews views;

    @GET
    public Response page(@PathParam("tenant") String tenant, @RestQuery String month, @RestQuery String from,
            @RestQuery String to, @RestQuery String node, @RestQuery String by) {
        PageFrame frame = frames.tenant(tenant, AssessmentTexts.in(locale.get()).title());
        boolean custom = blank(month) && !(blank(from) && blank(to));
        String chosenMonth = custom ? "" : blank(month) ? periods.today().toString().substring(0, 7) : month.strip();
        Form form = new Form(chosenMonth, s(from), s(to), s(node), s(by));
        try {
            IndicatorReport report = report(chosenMonth, from, to, node, by);
            return Response.ok(Templates.assessment(frame, views.of(tenant, form, report, null, frame.locale()))
                    .setLocale(frame.locale())).build();
        } catch (ProblemException e) {
            if (e.problem().status() != 422) {
                throw e;
            }
            return Response.status(422).entity(Templates.assessment(frame, views.of(tenant, form, null, e.problem(),
                    frame.locale())).setLocale(frame.locale())).type(MediaType.TEXT_HTML_TYPE).build();
        }
    }

    @GET
    @Path("export")
    @Produces({"text/csv", TableExport.XLSX, MediaType.APPLICATION_JSON})
    public Response export(@RestQuery String format, @RestQuery String month, @RestQuery String from,
            @RestQuery String to, @RestQuery String node, @RestQuery String by) {
        IndicatorReport report = report(blank(month) ? "" : month, from, to, node, by);
        return TableExport.download(IndicatorTables.of(report, locale.get()), format, IndicatorTables.fileName(report));
    }

    private IndicatorReport report(String month, String from, String to, String node, String by) {
        IndicatorPeriods.Period period;
        if (!blank(month)) {
            LocalDate[] range = MonthPresets.range(month);
            period = periods.parse(range[0].toString(), range[1].toString());
        } else {
            period = periods.parse(from, to);
        }
        return indicators.report(scopes.resolve(period, node, by));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String s(String v) {
        return v == null ? "" : v.strip();
    }
}
