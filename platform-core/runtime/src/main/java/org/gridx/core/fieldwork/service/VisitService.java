package org.gridx.core.fieldwork.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.gridx.core.fieldwork.domain.FieldVisit;
import org.gridx.core.fieldwork.rest.VisitInput;
import org.gridx.core.grid.domain.GridNode;

/** Records household visits inside the worker's scope, once per idempotency key. */
@ApplicationScoped
public class VisitService {

    @Inject
    FieldAccess access;

    @Transactional
    public Recorded<FieldVisit> record(VisitInput in, String key) {
        String hash = Idempotency.hash(in);
        if (key != null) {
            FieldVisit earlier = FieldVisit.find("recordedBy = ?1 and idempotencyKey = ?2", access.me(), key).firstResult();
            if (earlier != null) {
                Idempotency.sameContentOrConflict(earlier.requestHash, hash, key);
                return new Recorded<>(earlier, false);
            }
        }
        GridNode node = access.recordableNode(in.grid());
        FieldVisit v = new FieldVisit();
        v.nodeId = node.id;
        v.recordedBy = access.me();
        v.householdId = in.household();
        v.address = in.address().strip();
        v.visitedAt = in.visitedAt() == null ? Instant.now() : in.visitedAt().toInstant();
        Moments.notInFuture(v.visitedAt, "/visitedAt");
        v.asked = blankToNull(in.asked());
        v.found = blankToNull(in.found());
        v.followUp = in.followUp();
        v.latitude = in.latitude();
        v.longitude = in.longitude();
        v.idempotencyKey = key;
        v.requestHash = hash;
        v.persist();
        return new Recorded<>(v, true);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
