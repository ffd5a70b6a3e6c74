package org.gridx.api.casework;

import java.time.Instant;
import java.util.UUID;
import org.gridx.api.i18n.LocalizedText;

/** A case's state for a module's page: code (e.g. "dispatched"), label in zh/en, closed when it is done. */
public record CaseStatus(UUID id, String number, String state, LocalizedText stateLabel, Instant closedAt) {

    public boolean closed() {
        return closedAt != null;
    }
}
