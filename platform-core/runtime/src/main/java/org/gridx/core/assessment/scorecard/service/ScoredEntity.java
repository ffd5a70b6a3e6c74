package org.gridx.core.assessment.scorecard.service;

import java.util.List;

/**
 * Something a scorecard has a row for: its key in the figures (grid code, username, department code), its
 * names, and the grid codes it answers for (what a caller's scope is matched against; empty for departments).
 */
public record ScoredEntity(String key, String nameZh, String nameEn, List<String> nodes) {

    public ScoredEntity {
        nodes = List.copyOf(nodes);
    }
}
