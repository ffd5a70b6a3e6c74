package org.gridx.core.grid.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.grid.geo.GeoJson;

/** A node's live subtree as a GeoJSON FeatureCollection, in the same shape the import reads. */
@ApplicationScoped
public class GridGeoJsonExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Transactional
    public ObjectNode export(String code) {
        GridNode root = GridRules.live(code);
        Map<UUID, GridNode> byId = GridNode.live().stream().collect(Collectors.toMap(n -> n.id, Function.identity()));
        ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        byId.values().stream().filter(n -> n.code.startsWith(root.code)).sorted((a, b) -> a.code.compareTo(b.code))
                .forEach(n -> {
                    ObjectNode f = features.addObject().put("type", "Feature");
                    GridNode parent = n.parentId == null ? null : byId.get(n.parentId);
                    f.putObject("properties").put("code", n.code).put("name_zh", n.nameZh).put("name_en", n.nameEn)
                            .put("kind", n.kind).put("households", n.households).put("level", n.level)
                            .put("parent", parent == null ? null : parent.code);
                    f.set("geometry", n.boundary == null ? null : GeoJson.write(GeoJson.parse(n.boundary)));
                });
        return fc;
    }
}
