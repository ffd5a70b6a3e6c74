package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.grid.geo.GridIndex;
import org.gridx.core.grid.service.GridLocator;

/** Which grid a report belongs to: the grid its point lies in, or the grid code the reporter chose. */
@ApplicationScoped
public class CasePlace {

    @Inject
    GridLocator locator;

    /**
     * The grid as the locate index of the tree at {@code treeVersion} has it (read by intake's first query in this
     * transaction; the index is rebuilt whenever the tree changes): no node is read for a point.
     */
    public GridIndex.Hit of(ReportInput in, long treeVersion) {
        if (in.lon() != null && in.lat() != null) {
            GridIndex index = locator.index(treeVersion);
            double lon = in.lon().doubleValue();
            double lat = in.lat().doubleValue();
            return index.locate(lon, lat).orElseThrow(() -> {
                String near = index.nearest(lon, lat).map(n -> "; the nearest grid is " + n.code() + " ("
                        + Math.round(n.distanceM()) + " m away)").orElse("");
                return ProblemException.invalid("The point is outside every grid of this tenant.", List.of(
                        new FieldProblem("/lon", "check the location" + near + ", or send gridCode instead")));
            });
        }
        if ((in.lon() == null) != (in.lat() == null)) {
            throw ProblemException.invalid("Half a location.", List.of(new FieldProblem(in.lon() == null ? "/lon" : "/lat",
                    "send both lon and lat, or neither")));
        }
        if (in.gridCode() == null) {
            throw ProblemException.invalid("Where is it?", List.of(new FieldProblem("/lon",
                    "send lon and lat (the phone's location), or gridCode")));
        }
        return GridNode.findLive(in.gridCode()).map(n -> new GridIndex.Hit(n.id, n.code, n.level))
                .orElseThrow(() -> ProblemException.invalid("Unknown grid.",
                List.of(new FieldProblem("/gridCode", "no live grid '" + in.gridCode() + "' in this tenant"))));
    }
}
