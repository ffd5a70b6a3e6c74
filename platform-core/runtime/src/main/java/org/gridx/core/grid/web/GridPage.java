package org.gridx.core.grid.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.core.grid.geo.CoverageProblem;
import org.gridx.core.grid.service.GridCoverage;
import org.gridx.core.grid.service.GridGeoJsonExport;
import org.gridx.core.grid.service.GridNodeView;
import org.gridx.core.grid.service.GridQueries;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.Texts;

/**
 * {@code /t/{tenant}/grid}: the tree as a plain list (works without the map or JavaScript), the coverage
 * problems, the selected node's staff, and a Leaflet map of the boundaries on a plain background.
 */
@Path("/t/{tenant}/grid")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
public class GridPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance grid(PageFrame frame, GridPageView view);
    }

    @Inject
    PageFrames frames;
    @Inject
    GridQueries queries;
    @Inject
    GridCoverage coverage;
    @Inject
    GridGeoJsonExport export;

    @GET
    public TemplateInstance page(@PathParam("tenant") String tenant, @QueryParam("node") String node) throws JsonProcessingException {
        PageFrame frame = frames.tenant(tenant, "");
        frame = frames.tenant(tenant, Texts.in(frame.locale()).grid_title());
        List<GridNodeView> tree = queries.tree();
        List<CoverageProblem> problems = coverage.check(null);
        List<GridPageView.Row> rows = GridPageView.rows(tree, problems, node, frame.locale());
        GridPageView.Row selected = rows.stream().filter(GridPageView.Row::selected).findFirst()
                .orElse(rows.isEmpty() ? null : rows.get(0));
        String geojson = tree.isEmpty() ? "{\"type\":\"FeatureCollection\",\"features\":[]}"
                : export.export(tree.get(0).code()).toString();
        GridPageView view = new GridPageView(rows, selected,
                selected == null ? List.of() : GridPageView.staff(queries.staff(selected.code())), problems, geojson,
                JSON.writeValueAsString(problems));
        return Templates.grid(frame, view).setLocale(frame.locale());
    }
}
