package org.gridx.modules.selfgovernance.proposal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.modules.selfgovernance.people.ParticipationSettings;
import org.gridx.modules.selfgovernance.people.VerifiedResidents;
import org.gridx.modules.selfgovernance.proposal.domain.Proposal;

/**
 * One support per verified resident and proposal. The insert skips a row that already exists (the unique
 * key decides, also between two simultaneous clicks); the proposal is locked while its count moves, and
 * reaching the tenant's threshold makes it ready for an agenda.
 */
@ApplicationScoped
public class ProposalSupports {

    @Inject
    VerifiedResidents residents;
    @Inject
    ParticipationSettings settings;
    @Inject
    TenantContext tenant;

    @Transactional
    public Proposal support(UUID proposalId, String username) {
        residents.require(username, "support a proposal");
        Proposal p = Proposal.findById(proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw ProblemException.notFound("There is no proposal " + proposalId + " here.");
        }
        int added = Proposal.getEntityManager().createNativeQuery("INSERT INTO self_governance_support "
                        + "(tenant_id, id, proposal_id, username) VALUES (?1, gen_random_uuid(), ?2, ?3) "
                        + "ON CONFLICT (tenant_id, proposal_id, username) DO NOTHING")
                .setParameter(1, tenant.require()).setParameter(2, p.id).setParameter(3, username).executeUpdate();
        if (added == 0) {
            throw ProblemException.conflict("You already support this proposal; each resident supports it once.");
        }
        p.supports++;
        if (Proposal.OPEN.equals(p.status) && p.supports >= settings.supportThreshold()) {
            p.status = Proposal.READY;
            p.readyAt = Instant.now();
        }
        return p;
    }
}
