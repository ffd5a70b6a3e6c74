package org.gridx.modules.selfgovernance.election.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.resident.ResidentProfile;
import org.gridx.api.tenant.TenantContext;
import org.gridx.modules.selfgovernance.election.domain.Candidate;
import org.gridx.modules.selfgovernance.election.domain.Election;
import org.gridx.modules.selfgovernance.people.VerifiedResidents;

/**
 * One ballot per verified household or per verified resident, as the election was called. The ballot's
 * voter key (household id or username) is unique per election in the database, so two members of one
 * household voting at the same moment get one ballot counted and one "already voted".
 */
@ApplicationScoped
public class ElectionVoting {

    @Inject
    Elections elections;
    @Inject
    VerifiedResidents residents;
    @Inject
    TenantContext tenant;
    @Inject
    EntityManager em;

    @Transactional
    public void cast(UUID electionId, String username, UUID candidateId) {
        Election e = elections.find(electionId);
        ResidentProfile me = residents.require(username, "vote");
        Instant now = Instant.now();
        if (!"voting".equals(e.phaseAt(now))) {
            throw ProblemException.conflict("Voting is open from " + e.opensAt + " until " + e.closesAt + ", not now.");
        }
        if (!e.gridCode.equals(me.gridCode())) {
            throw ProblemException.forbidden("This election is for grid " + e.gridCode + "; you are registered in " + me.gridCode() + ".");
        }
        if (Candidate.count("id = ?1 and electionId = ?2 and status = ?3", candidateId, e.id, Candidate.ACCEPTED) == 0) {
            throw ProblemException.invalid("Choose one of the standing candidates.", java.util.List.of(
                    new org.gridx.api.problem.Problem.FieldProblem("/candidateId", "not a candidate who accepted in this election")));
        }
        int cast = em.createNativeQuery("INSERT INTO self_governance_election_ballot (tenant_id, id, election_id, voter_key, "
                        + "voter, candidate_id) VALUES (?1, gen_random_uuid(), ?2, ?3, ?4, ?5) "
                        + "ON CONFLICT (tenant_id, election_id, voter_key) DO NOTHING")
                .setParameter(1, tenant.require()).setParameter(2, e.id).setParameter(3, VoterKeys.of(e, me))
                .setParameter(4, username).setParameter(5, candidateId).executeUpdate();
        if (cast == 0) {
            throw ProblemException.conflict("household".equals(e.ballotBasis)
                    ? "Your household has already voted in this election: one ballot per household."
                    : "You have already voted in this election: one ballot per resident.");
        }
    }
}
