package org.gridx.api.event;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gridx.api.i18n.LocalizedText;

/**
 * A case of the closed loop moved (reported, registered, dispatched, …, escalated, overdue). One event per
 * timeline entry, so modules (a meeting's resolution, say) can follow a case to its end.
 */
public record CaseChanged(String tenantId, Instant occurredAt, UUID caseId, String number, String action,
        String fromState, String toState, String gridCode, Set<String> departments, Set<String> recipients,
        LocalizedText message, Map<String, Object> data) implements LiveEvent, Notifying {

    @Override
    public String type() {
        return "case." + action;
    }

    @Override
    public String link() {
        return "/cases/" + caseId;
    }
}
