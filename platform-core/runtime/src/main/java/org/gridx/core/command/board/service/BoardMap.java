package org.gridx.core.command.board.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.command.camera.service.CameraView;
import org.gridx.core.command.camera.service.Cameras;
import org.gridx.core.command.duty.service.DutyDays;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.staffing.service.GridTree;

/** Puts the board map's JSON together: boundaries, per-child open counts from the figures, open cases, cameras. */
@RequestScoped
public class BoardMap {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    BoardScope scope;
    @Inject
    BoardNodes nodes;
    @Inject
    BoardFigures figures;
    @Inject
    OpenCases open;
    @Inject
    Cameras cameras;
    @Inject
    GridTree tree;
    @Inject
    DutyDays days;

    @Transactional
    public MapView of(String code) {
        GridNode node = scope.node(code);
        LocalDate today = days.today();
        Map<String, Counters> byGrid = figures.openByGrid(node, today);
        List<GridNode> kids = nodes.children(node);
        List<BoardView.Part> parts = BoardFigures.parts(kids, byGrid);
        List<MapView.Child> children = java.util.stream.IntStream.range(0, kids.size()).mapToObj(i -> new MapView.Child(
                parts.get(i).node(), boundary(kids.get(i)), parts.get(i).open(), parts.get(i).overduePending())).toList();
        List<UUID> subtree = tree.subtreeIds(node.id);
        List<CaseFile> cases = open.onMap(subtree);
        List<MapView.Point> points = cases.stream().limit(OpenCases.MAP_LIMIT).map(c -> new MapView.Point(c.id, c.number,
                c.title, c.state, c.overdue, c.gridCode, c.lon, c.lat)).toList();
        return new MapView(NodeRef.of(node), boundary(node), nodes.path(node), children, points,
                cases.size() > OpenCases.MAP_LIMIT, cameras.under(node).stream().map(CameraView::of).toList());
    }

    private static JsonNode boundary(GridNode n) {
        if (n == null || n.boundary == null) {
            return null;
        }
        try {
            return JSON.readTree(n.boundary);
        } catch (JsonProcessingException e) {
            return null; // a boundary the grid import accepted is valid GeoJSON; a broken one is simply not drawn
        }
    }
}
