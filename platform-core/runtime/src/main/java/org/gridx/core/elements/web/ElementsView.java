package org.gridx.core.elements.web;

import java.util.List;
import org.gridx.core.elements.service.ResidentQuery;
import org.gridx.core.elements.service.ResidentSearch;

/** What the registry page shows: the search as entered, the tag choices, results, and a reveal's outcome. */
public record ElementsView(String tenant, ResidentQuery query, List<TagOption> tags, ResidentSearch.Page page,
        boolean canReveal, String notice, String error, String exportQuery) {

    public record TagOption(String code, String label, boolean selected) {
    }
}
