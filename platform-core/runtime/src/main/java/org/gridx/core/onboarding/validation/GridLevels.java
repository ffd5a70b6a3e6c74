package org.gridx.core.onboarding.validation;

import java.util.List;
import java.util.Map;

/**
 * Which node kinds belong on which grid level (DOMAIN.md: street 1, community 2, grid 3), and on which
 * level a tenant's grid tree starts: a street-like tenant at its street, a banner-like one at itself.
 */
public final class GridLevels {

    public static final Map<Integer, List<String>> KINDS = Map.of(
            0, List.of("banner"),
            1, List.of("street", "town", "township"),
            2, List.of("community", "village"),
            3, List.of("residential-compound", "bungalow-area", "commercial", "industrial", "mixed"));

    private GridLevels() {
    }

    public static int rootLevel(String tenantKind) {
        return List.of("street", "town", "township").contains(tenantKind) ? 1 : 0;
    }

    public static Integer levelOfKind(String kind) {
        return KINDS.entrySet().stream().filter(e -> e.getValue().contains(kind)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
