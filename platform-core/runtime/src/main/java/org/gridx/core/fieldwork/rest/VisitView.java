package org.gridx.core.fieldwork.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.core.fieldwork.domain.FieldVisit;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.staffing.rest.PersonRef;

public record VisitView(UUID id, String grid, String gridName, PersonRef visitor, UUID household, String address,
        Instant visitedAt, String asked, String found, boolean followUp, Double latitude, Double longitude) {

    public static VisitView of(FieldVisit v) {
        GridNode n = GridNode.findById(v.nodeId);
        return new VisitView(v.id, n.code, n.nameZh, PersonRef.of(Account.findById(v.recordedBy)), v.householdId,
                v.address, v.visitedAt, v.asked, v.found, v.followUp, v.latitude, v.longitude);
    }
}
