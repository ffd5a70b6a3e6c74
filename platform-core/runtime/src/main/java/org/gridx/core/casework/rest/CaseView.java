package org.gridx.core.casework.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gridx.core.casework.domain.CasePhoto;
import org.gridx.core.casework.domain.TimelineEntry;
import org.gridx.core.casework.service.CaseSummary;

/**
 * A case with its whole record: where it stands, what the list suggests (department, limits), what the
 * caller may do next, and every timeline entry with its photos.
 */
public record CaseView(CaseSummary summary, String description, String reportedBy, String reporterName,
        String escalationHandler, String postponementAsked, int reworks, int returns, int postponements,
        Suggestion suggestion, List<String> allowedActions, List<TimelineView> timeline) {

    public record Suggestion(String department, List<String> coDepartments, String verifyLimit, String dispatchLimit,
            String acceptLimit, String handleLimit, String checkLimit, boolean onTheSpot) {
    }

    static List<TimelineView> timeline(UUID caseId) {
        Map<Integer, List<UUID>> photos = CasePhoto.of(caseId).stream().collect(Collectors.groupingBy(p -> p.timelineSeq,
                Collectors.mapping(p -> p.mediaId, Collectors.toList())));
        return TimelineEntry.of(caseId).stream().map(e -> TimelineView.of(e, photos.getOrDefault(e.seq, List.of()))).toList();
    }
}
