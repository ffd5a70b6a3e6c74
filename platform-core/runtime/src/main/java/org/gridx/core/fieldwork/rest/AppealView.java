package org.gridx.core.fieldwork.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;
import org.gridx.core.fieldwork.domain.ResidentAppeal;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.staffing.rest.PersonRef;

public record AppealView(UUID id, String grid, String gridName, PersonRef recordedBy, String raisedBy, UUID household,
        String address, String category, String text, String status, String resolutionNote, Instant raisedAt,
        Instant resolvedAt, Instant handedOffAt, @JsonRawValue String casePayload, String caseRef) {

    public static AppealView of(ResidentAppeal a) {
        GridNode n = GridNode.findById(a.nodeId);
        return new AppealView(a.id, n.code, n.nameZh, PersonRef.of(Account.findById(a.recordedBy)), a.raisedBy,
                a.householdId, a.address, a.category, a.text, a.status, a.resolutionNote, a.raisedAt, a.resolvedAt,
                a.handedOffAt, a.casePayload, a.caseRef);
    }
}
