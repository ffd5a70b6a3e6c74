package org.gridx.modules.selfgovernance.election.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.election.domain.Election;
import org.gridx.modules.selfgovernance.election.rest.ElectionInput;
import org.gridx.modules.selfgovernance.people.ParticipationSettings;

/** Calling an election (its ballot basis is the tenant's setting at this moment) and finding one. */
@ApplicationScoped
public class Elections {

    @Inject
    ParticipationSettings settings;

    @Transactional
    public Election call(ElectionInput in, String organiser) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Election.BUILDING_HEAD.equals(in.post()) && in.placeId() == null) {
            problems.add(new FieldProblem("/placeId", "a building head is elected for one building: give its place id"));
        }
        if (!in.closesAt().isAfter(in.opensAt()) || !in.closesAt().isAfter(Instant.now())) {
            problems.add(new FieldProblem("/closesAt", "must be after opensAt and in the future"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("The election cannot be called like this; see 'errors'.", problems);
        }
        Election e = new Election();
        e.post = in.post();
        e.title = in.title().strip();
        e.gridCode = in.gridCode();
        e.placeId = in.placeId();
        e.ballotBasis = settings.ballotBasis();
        e.electorate = in.electorate();
        e.opensAt = in.opensAt();
        e.closesAt = in.closesAt();
        e.organiser = organiser;
        e.persist();
        return e;
    }

    public Election find(UUID id) {
        Election e = Election.findById(id);
        if (e == null) {
            throw ProblemException.notFound("There is no election " + id + " here. Check the link or the election list.");
        }
        return e;
    }
}
