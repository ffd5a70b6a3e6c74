package org.gridx.core.casework.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A case in a page's list with the action forms that page offers for it. */
public record CaseLine(CaseRow row, List<ActionSpec> actions) {

    public static List<CaseLine> of(List<CaseRow> rows, List<String> actions, Locale locale, Map<String, String> departments) {
        return rows.stream().map(r -> new CaseLine(r, ActionSpecs.of(r, actions, locale, departments))).toList();
    }
}
