package org.gridx.core.command.board.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.gridx.core.command.camera.service.CameraView;

/**
 * {@code GET /command/map}: the node in view with its boundary, the way back up, its children with their
 * boundaries and open-case counts (the next drill-down level), its open cases with a position (at most
 * 2,000, newest first; {@code truncated} when there are more) and its cameras.
 */
public record MapView(NodeRef node, JsonNode boundary, List<NodeRef> path, List<Child> children, List<Point> cases,
        boolean truncated, List<CameraView> cameras) {

    public record Child(NodeRef node, JsonNode boundary, long open, long overduePending) {
    }

    public record Point(UUID id, String number, String title, String state, boolean overdue, String gridCode,
            double lon, double lat) {
    }
}
