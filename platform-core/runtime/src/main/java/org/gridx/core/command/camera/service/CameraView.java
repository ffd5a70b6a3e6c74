package org.gridx.core.command.camera.service;

import java.util.UUID;
import org.gridx.core.command.camera.domain.Camera;
import org.gridx.core.grid.domain.GridNode;

/** A camera as the API and the board show it, with its node's code and name. */
public record CameraView(UUID id, String name, String node, String nodeName, double lon, double lat, String streamUrl,
        String status, String note) {

    public static CameraView of(Camera c) {
        GridNode n = GridNode.findById(c.nodeId);
        return new CameraView(c.id, c.name, n == null ? null : n.code, n == null ? null : n.nameZh, c.lon, c.lat,
                c.streamUrl, c.status, c.note);
    }
}
