package org.gridx.modules.selfgovernance.poll.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.modules.selfgovernance.poll.domain.Poll;
import org.gridx.modules.selfgovernance.poll.domain.PollOption;
import org.gridx.modules.selfgovernance.poll.rest.PollView;

/** A poll as one caller sees it; the tallies are computed only for a closed poll. */
@ApplicationScoped
public class PollViews {

    @Inject
    EntityManager em;

    public PollView of(Poll p, String caller) {
        Instant now = Instant.now();
        String state = p.closedAt(now) ? "closed" : p.openAt(now) ? "open" : "upcoming";
        List<PollOption> options = PollOption.list("pollId = ?1 order by position", p.id);
        boolean voted = ((Number) em.createNativeQuery("SELECT count(*) FROM self_governance_poll_ballot "
                + "WHERE poll_id = ?1 AND voter = ?2").setParameter(1, p.id).setParameter(2, caller).getSingleResult()).longValue() > 0;
        return new PollView(p.id, p.question, p.maxChoices, p.gridCode, p.opensAt, p.closesAt, state, voted,
                options.stream().map(o -> new PollView.Option(o.id, o.position, o.label)).toList(),
                p.closedAt(now) ? results(p, options) : null);
    }

    private PollView.Results results(Poll p, List<PollOption> options) {
        Map<UUID, Long> votes = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT option_id, count(*) FROM self_governance_poll_choice "
                + "WHERE poll_id = ?1 GROUP BY option_id").setParameter(1, p.id).getResultList()) {
            Object[] r = (Object[]) row;
            votes.put((UUID) r[0], ((Number) r[1]).longValue());
        }
        long ballots = ((Number) em.createNativeQuery("SELECT count(*) FROM self_governance_poll_ballot WHERE poll_id = ?1")
                .setParameter(1, p.id).getSingleResult()).longValue();
        return new PollView.Results(ballots, options.stream()
                .map(o -> new PollView.Tally(o.id, o.label, votes.getOrDefault(o.id, 0L))).toList());
    }
}
