package org.gridx.modules.selfgovernance.poll.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.modules.selfgovernance.people.VerifiedResidents;
import org.gridx.modules.selfgovernance.poll.domain.Poll;
import org.gridx.modules.selfgovernance.poll.domain.PollOption;

/**
 * Casting a ballot: verified residents only, inside the window, one ballot each. The ballot row is inserted
 * with ON CONFLICT DO NOTHING on (poll, voter): when the same resident votes twice at once, the database
 * lets exactly one insert through and the other is told it already voted.
 */
@ApplicationScoped
public class PollVoting {

    @Inject
    VerifiedResidents residents;
    @Inject
    Polls polls;
    @Inject
    TenantContext tenant;
    @Inject
    EntityManager em;

    @Transactional
    public void cast(UUID pollId, String username, List<UUID> optionIds) {
        Poll p = polls.find(pollId);
        residents.require(username, "vote");
        Instant now = Instant.now();
        if (!p.openAt(now)) {
            throw ProblemException.conflict(now.isBefore(p.opensAt) ? "Voting opens at " + p.opensAt + "."
                    : "Voting closed at " + p.closesAt + ".");
        }
        checkChoices(p, optionIds);
        List<?> ballot = em.createNativeQuery("INSERT INTO self_governance_poll_ballot (tenant_id, id, poll_id, voter) "
                        + "VALUES (?1, gen_random_uuid(), ?2, ?3) ON CONFLICT (tenant_id, poll_id, voter) DO NOTHING RETURNING id")
                .setParameter(1, tenant.require()).setParameter(2, p.id).setParameter(3, username).getResultList();
        if (ballot.isEmpty()) {
            throw ProblemException.conflict("You have already voted in this poll; each resident votes once.");
        }
        for (UUID option : Set.copyOf(optionIds)) {
            em.createNativeQuery("INSERT INTO self_governance_poll_choice (tenant_id, id, poll_id, ballot_id, option_id) "
                            + "VALUES (?1, gen_random_uuid(), ?2, ?3, ?4)")
                    .setParameter(1, tenant.require()).setParameter(2, p.id).setParameter(3, ballot.get(0))
                    .setParameter(4, option).executeUpdate();
        }
    }

    private static void checkChoices(Poll p, List<UUID> optionIds) {
        Set<UUID> offered = PollOption.<PollOption>list("pollId", p.id).stream().map(o -> o.id).collect(Collectors.toSet());
        Set<UUID> picked = Set.copyOf(optionIds);
        String wrong = null;
        if (picked.size() != optionIds.size()) {
            wrong = "an option is picked twice";
        } else if (!offered.containsAll(picked)) {
            wrong = "not options of this poll: " + picked.stream().filter(o -> !offered.contains(o)).toList();
        } else if (picked.size() > p.maxChoices) {
            wrong = p.maxChoices == 1 ? "this poll is single choice: pick one option"
                    : "pick at most " + p.maxChoices + " options";
        }
        if (wrong != null) {
            throw ProblemException.invalid("This ballot cannot be counted.", List.of(new FieldProblem("/optionIds", wrong)));
        }
    }
}
