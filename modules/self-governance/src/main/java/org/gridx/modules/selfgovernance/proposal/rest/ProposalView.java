package org.gridx.modules.selfgovernance.proposal.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.modules.selfgovernance.proposal.domain.Proposal;

/** A proposal with its support count, the tenant's threshold, and whether the caller already supports it. */
public record ProposalView(UUID id, String title, String body, String gridCode, String raisedBy, String status,
        int supports, long threshold, boolean supportedByMe, UUID meetingId, Instant readyAt, Instant createdAt) {

    public static ProposalView of(Proposal p, long threshold, boolean mine) {
        return new ProposalView(p.id, p.title, p.body, p.gridCode, p.raisedBy, p.status, p.supports, threshold, mine,
                p.meetingId, p.readyAt, p.createdAt);
    }
}
