package org.gridx.core.command.camera.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.command.camera.domain.Camera;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.staffing.service.GridTree;

/** Keeps the camera registry: add, change and remove entries, each checked by {@link CameraRules}. */
@ApplicationScoped
public class Cameras {

    @Inject
    GridTree tree;

    @Transactional
    public Camera create(CameraInput in) {
        Camera c = new Camera();
        apply(c, in);
        c.persist();
        return c;
    }

    @Transactional
    public Camera update(UUID id, CameraInput in) {
        Camera c = find(id);
        apply(c, in);
        c.updatedAt = Instant.now();
        return c;
    }

    @Transactional
    public void delete(UUID id) {
        find(id).delete();
    }

    /** The cameras on a node and every node under it. */
    @Transactional
    public List<Camera> under(GridNode node) {
        return Camera.onNodes(tree.subtreeIds(node.id));
    }

    public static Camera find(UUID id) {
        Camera c = Camera.findById(id);
        if (c == null) {
            throw ProblemException.notFound("There is no camera " + id + " in this tenant.");
        }
        return c;
    }

    private void apply(Camera c, CameraInput in) {
        CameraRules.check(in);
        GridNode node = tree.node(in.node().strip(), "/node");
        c.name = in.name().strip();
        c.nodeId = node.id;
        c.lon = in.lon();
        c.lat = in.lat();
        c.streamUrl = in.streamUrl().strip();
        c.status = in.status() == null ? "online" : in.status();
        c.note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
    }
}
