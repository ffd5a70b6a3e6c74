package org.gridx.modules.selfgovernance.election.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.modules.selfgovernance.election.domain.Candidate;
import org.gridx.modules.selfgovernance.election.domain.Election;
import org.gridx.modules.selfgovernance.election.rest.ElectionView.Tally;

/** Votes per standing candidate, most first, and the number of ballots cast. */
@ApplicationScoped
public class ElectionTallies {

    @Inject
    EntityManager em;

    public List<Tally> of(Election e) {
        Map<UUID, Long> votes = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT candidate_id, count(*) FROM self_governance_election_ballot "
                + "WHERE election_id = ?1 GROUP BY candidate_id").setParameter(1, e.id).getResultList()) {
            Object[] r = (Object[]) row;
            votes.put((UUID) r[0], ((Number) r[1]).longValue());
        }
        return Candidate.<Candidate>list("electionId = ?1 and status = ?2 order by displayName, id", e.id, Candidate.ACCEPTED)
                .stream().map(c -> new Tally(c.id, c.displayName, votes.getOrDefault(c.id, 0L)))
                .sorted(Comparator.comparingLong(Tally::votes).reversed()).toList();
    }

    public long ballots(Election e) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM self_governance_election_ballot WHERE election_id = ?1")
                .setParameter(1, e.id).getSingleResult()).longValue();
    }

    public boolean cast(Election e, String voterKey) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM self_governance_election_ballot "
                + "WHERE election_id = ?1 AND voter_key = ?2").setParameter(1, e.id).setParameter(2, voterKey)
                .getSingleResult()).longValue() > 0;
    }

    public String usernameOf(UUID candidateId) {
        return Candidate.<Candidate>findById(candidateId).username;
    }
}
