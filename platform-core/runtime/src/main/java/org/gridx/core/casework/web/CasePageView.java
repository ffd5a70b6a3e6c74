package org.gridx.core.casework.web;

import java.time.Instant;
import java.util.List;
import org.gridx.core.casework.rest.CaseView;
import org.gridx.core.casework.service.ChainVerifier;

/** Everything the case page shows: the case, its record step by step with photos, the caller's next moves. */
public record CasePageView(CaseRow row, CaseView view, String source, String coDepartments, List<Entry> entries,
        List<Photo> photos, List<ActionSpec> actions, String mapGeojson, String mapPoints, ChainVerifier.Finding finding,
        String notice, List<String> errors) {

    /** One timeline entry as read on the page; {@code hash} is the start of the entry's chained hash. */
    public record Entry(int seq, Instant at, String label, String fromLabel, String toLabel, String actor, String role,
            String note, List<Photo> photos, String hash, String fullHash, List<Fact> facts) {
    }

    public record Photo(String thumb, String full, String alt) {
    }

    public record Fact(String label, String value) {
    }
}
