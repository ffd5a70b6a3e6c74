package org.gridx.modules.selfgovernance.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.common.Participant;
import org.gridx.modules.selfgovernance.forum.domain.Forum;
import org.gridx.modules.selfgovernance.forum.domain.ForumThread;

/** Opening, renaming and removing forums. The node's own moderators (or the tenant admin) do it. */
@ApplicationScoped
public class ForumCatalogue {

    public List<Forum> all() {
        return Forum.list("order by nodeCode");
    }

    public Forum get(UUID id) {
        Forum f = Forum.findById(id);
        if (f == null) {
            throw ProblemException.notFound("There is no forum " + id + " here; GET the forums list for the ids.");
        }
        return f;
    }

    @Transactional
    public Forum open(Participant p, ForumInput in) {
        Forum f = new Forum();
        f.nodeCode = in.nodeCode();
        ForumModerators.require(p, f);
        if (Forum.byNode(in.nodeCode()).isPresent()) {
            throw ProblemException.conflict("Node " + in.nodeCode() + " already has a forum; update that one instead.");
        }
        f.title = in.title().strip();
        f.description = blankToNull(in.description());
        f.createdAt = Instant.now();
        f.createdBy = p.username();
        f.persist();
        return f;
    }

    @Transactional
    public Forum rename(Participant p, UUID id, ForumInput in) {
        Forum f = get(id);
        ForumModerators.require(p, f);
        if (!f.nodeCode.equals(in.nodeCode())) {
            throw ProblemException.invalid("A forum stays at its node.", List.of(new FieldProblem("/nodeCode",
                    "must stay " + f.nodeCode + "; open a new forum for another node")));
        }
        f.title = in.title().strip();
        f.description = blankToNull(in.description());
        return f;
    }

    /** Only a forum nobody has written in may go: residents' words are kept. */
    @Transactional
    public void remove(Participant p, UUID id) {
        Forum f = get(id);
        ForumModerators.require(p, f);
        if (ForumThread.count("forumId", id) > 0) {
            throw ProblemException.conflict("The forum has threads and is kept; hide posts instead of removing it.");
        }
        f.delete();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
