package org.gridx.modules.selfgovernance.meeting.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.modules.selfgovernance.meeting.domain.Resolution;

/** A resolution and, once it entered the closed loop, where its case stands (closed when caseClosedAt is set). */
public record ResolutionView(UUID id, String text, String itemCode, String gridCode, UUID caseId, String caseNumber,
        String caseState, LocalizedText caseStateLabel, Instant caseClosedAt, boolean caseClosed) {

    public static ResolutionView of(Resolution r) {
        return new ResolutionView(r.id, r.text, r.itemCode, r.gridCode, r.caseId, r.caseNumber, r.caseState,
                r.caseStateZh == null ? null : LocalizedText.of(r.caseStateZh, r.caseStateEn), r.caseClosedAt,
                r.caseClosedAt != null);
    }
}
