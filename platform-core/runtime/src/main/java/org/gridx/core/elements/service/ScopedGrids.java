package org.gridx.core.elements.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.gridx.core.grid.domain.GridNode;

/** Grid code → node id for the grid nodes the caller may write elements to (loaded once per request). */
@RequestScoped
public class ScopedGrids {

    @Inject
    ElementScope scope;

    private Map<String, UUID> byCode;
    private Map<UUID, String> codeById;

    public Map<String, UUID> byCode() {
        if (byCode == null) {
            byCode = new HashMap<>();
            codeById = new HashMap<>();
            for (GridNode g : GridNode.<GridNode>listAll()) {
                codeById.put(g.id, g.code);
                if (scope.covers(g.id)) {
                    byCode.put(g.code, g.id);
                }
            }
        }
        return byCode;
    }

    public UUID id(String code) {
        return byCode().get(code);
    }

    public String code(UUID id) {
        byCode();
        return codeById.get(id);
    }
}
