package org.gridx.modules.selfgovernance.proposal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.proposal.domain.Proposal;

/** Takes a ready proposal onto a meeting's agenda (the caller's transaction adds the agenda item). */
@ApplicationScoped
public class ProposalAgenda {

    @Inject
    Proposals proposals;

    /** Marks the proposal as on {@code meetingId}'s agenda and returns the title the agenda item carries. */
    public String take(UUID proposalId, UUID meetingId) {
        proposals.find(proposalId);
        Proposal p = Proposal.findById(proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (!Proposal.READY.equals(p.status)) {
            throw ProblemException.conflict("Proposal '" + p.title + "' is " + p.status + ", not ready for an agenda: "
                    + (Proposal.OPEN.equals(p.status) ? "it needs more supporters first." : "it is already on a meeting's agenda."));
        }
        p.status = Proposal.ON_AGENDA;
        p.meetingId = meetingId;
        return p.title;
    }
}
