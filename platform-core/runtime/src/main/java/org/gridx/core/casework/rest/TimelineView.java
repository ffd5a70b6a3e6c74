package org.gridx.core.casework.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.domain.TimelineEntry;
import org.gridx.api.i18n.LocalizedText;

/** One step of the record as shown on the case page, with its photos and its place in the chain. */
public record TimelineView(int seq, Instant at, String action, LocalizedText label, String fromState, String toState,
        String actor, String actorRole, String note, Map<String, Object> data, List<UUID> photos, String hash) {

    public static TimelineView of(TimelineEntry e, List<UUID> photos) {
        return new TimelineView(e.seq, e.at, e.action, CaseAction.of(e.action).map(CaseAction::label).orElse(null),
                e.fromState, e.toState, e.actor, e.actorRole, e.note, e.data, photos, e.hash);
    }
}
