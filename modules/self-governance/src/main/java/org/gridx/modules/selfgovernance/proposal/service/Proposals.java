package org.gridx.modules.selfgovernance.proposal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.resident.ResidentProfile;
import org.gridx.modules.selfgovernance.people.VerifiedResidents;
import org.gridx.modules.selfgovernance.proposal.domain.Proposal;
import org.gridx.modules.selfgovernance.proposal.rest.ProposalInput;

/** Raising a proposal (verified residents only; it belongs to their grid) and finding one. */
@ApplicationScoped
public class Proposals {

    @Inject
    VerifiedResidents residents;

    @Transactional
    public Proposal raise(ProposalInput in, String username) {
        ResidentProfile me = residents.require(username, "raise a proposal");
        Proposal p = new Proposal();
        p.title = in.title().strip();
        p.body = in.body().strip();
        p.gridCode = me.gridCode();
        p.raisedBy = username;
        p.persist();
        return p;
    }

    public Proposal find(UUID id) {
        Proposal p = Proposal.findById(id);
        if (p == null) {
            throw ProblemException.notFound("There is no proposal " + id + " here. Check the link or the proposal list.");
        }
        return p;
    }

    public boolean supportedBy(UUID proposalId, String username) {
        return Proposal.getEntityManager().createNativeQuery("SELECT count(*) FROM self_governance_support "
                + "WHERE proposal_id = ?1 AND username = ?2").setParameter(1, proposalId).setParameter(2, username)
                .getSingleResult() instanceof Number n && n.longValue() > 0;
    }
}
