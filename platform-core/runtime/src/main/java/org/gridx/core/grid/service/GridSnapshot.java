package org.gridx.core.grid.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gridx.core.grid.domain.GridNode;

/** A node as history stores it (before/after): every field a person can change, boundary as GeoJSON. */
final class GridSnapshot {

    private GridSnapshot() {
    }

    static Map<String, Object> of(GridNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", n.code);
        m.put("parent", n.parentId == null ? null : GridNode.<GridNode>findById(n.parentId).code);
        m.put("level", n.level);
        m.put("nameZh", n.nameZh);
        m.put("nameEn", n.nameEn);
        m.put("kind", n.kind);
        m.put("households", n.households);
        m.put("boundary", n.boundary == null ? null : readTree(n.boundary));
        m.put("retiredAt", n.retiredAt == null ? null : n.retiredAt.toString());
        return m;
    }

    private static Object readTree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored boundary is not JSON", e);
        }
    }
}
