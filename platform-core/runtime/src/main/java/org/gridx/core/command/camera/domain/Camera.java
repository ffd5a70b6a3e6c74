package org.gridx.core.command.camera.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** 视频监控: one camera feed of the command centre, placed on a grid node and a map point. */
@Entity
@Table(name = "command_camera")
public class Camera extends TenantOwnedEntity {

    public static final List<String> STATUSES = List.of("online", "offline", "maintenance");

    public String name;
    @Column(name = "node_id")
    public UUID nodeId;
    public double lon;
    public double lat;
    @Column(name = "stream_url")
    public String streamUrl;
    public String status;
    public String note;
    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    /** The cameras on the given nodes (a subtree), by name. */
    public static List<Camera> onNodes(Collection<UUID> nodeIds) {
        return nodeIds.isEmpty() ? List.of() : list("nodeId in ?1 order by name", nodeIds);
    }
}
