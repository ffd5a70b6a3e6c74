package org.gridx.modules.selfgovernance.poll.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.poll.domain.Poll;
import org.gridx.modules.selfgovernance.poll.domain.PollOption;
import org.gridx.modules.selfgovernance.poll.rest.PollInput;

/** Setting polls up, closing them early, finding them. */
@ApplicationScoped
public class Polls {

    @Transactional
    public Poll create(PollInput in, String organiser) {
        List<String> labels = in.options().stream().map(String::strip).toList();
        if (labels.stream().distinct().count() != labels.size()) {
            throw ProblemException.invalid("Two options say the same.", List.of(new FieldProblem("/options", "options must differ")));
        }
        if (in.maxChoices() > labels.size()) {
            throw ProblemException.invalid("More choices than options.", List.of(new FieldProblem("/maxChoices",
                    "at most the number of options (" + labels.size() + ")")));
        }
        if (!in.closesAt().isAfter(in.opensAt()) || !in.closesAt().isAfter(Instant.now())) {
            throw ProblemException.invalid("The voting window is empty or already over.", List.of(new FieldProblem(
                    "/closesAt", "must be after opensAt and in the future")));
        }
        Poll p = new Poll();
        p.question = in.question().strip();
        p.maxChoices = in.maxChoices();
        p.gridCode = in.gridCode();
        p.opensAt = in.opensAt();
        p.closesAt = in.closesAt();
        p.createdBy = organiser;
        p.persist();
        for (int i = 0; i < labels.size(); i++) {
            PollOption o = new PollOption();
            o.pollId = p.id;
            o.position = i + 1;
            o.label = labels.get(i);
            o.persist();
        }
        return p;
    }

    /** Closes the poll now (results become visible); only whoever set it up may. */
    @Transactional
    public Poll close(UUID id, String organiser) {
        Poll p = find(id);
        if (!p.createdBy.equals(organiser)) {
            throw ProblemException.forbidden("Only " + p.createdBy + ", who set this poll up, may close it early.");
        }
        Instant now = Instant.now();
        if (p.closesAt.isAfter(now)) {
            p.closesAt = now.isAfter(p.opensAt) ? now : p.opensAt.plusMillis(1);
        }
        return p;
    }

    public Poll find(UUID id) {
        Poll p = Poll.findById(id);
        if (p == null) {
            throw ProblemException.notFound("There is no poll " + id + " here. Check the link or the poll list.");
        }
        return p;
    }
}
