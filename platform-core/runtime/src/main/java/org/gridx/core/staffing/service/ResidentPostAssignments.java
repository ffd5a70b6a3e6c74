package org.gridx.core.staffing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.staffing.PostAssignment;
import org.gridx.api.staffing.PostAssignments;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.elements.domain.Place;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.resident.domain.ResidentRegistration;
import org.gridx.core.staffing.domain.ResidentPost;
import org.gridx.core.staffing.domain.ResidentPostChange;

/**
 * Fills a resident post (楼栋长, 居民小组长) with an election's winner: the holder must be a verified resident
 * of that grid; a holder already there is replaced, and every change is recorded with its basis. Assigning
 * the same holder on the same basis again changes nothing, so a module may retry.
 */
@ApplicationScoped
@Transactional
public class ResidentPostAssignments implements PostAssignments {

    @Inject
    GridxClock clock;

    @Override
    public void assign(PostAssignment a) {
        List<FieldProblem> problems = new ArrayList<>();
        if (a.post() == null || !ResidentPost.POSTS.contains(a.post())) {
            problems.add(new FieldProblem("/post", "one of " + ResidentPost.POSTS));
        }
        if (a.basis() == null || a.basis().isBlank() || a.basis().length() > 200) {
            problems.add(new FieldProblem("/basis", "why this person holds the post, e.g. election:<id>; 1 to 200 characters"));
        }
        GridNode grid = a.gridCode() == null ? null : GridNode.findLive(a.gridCode()).filter(g -> g.level == 3).orElse(null);
        if (grid == null) {
            problems.add(new FieldProblem("/gridCode", "the code of a live third-level grid of this tenant"));
        }
        if (ResidentPost.BUILDING_HEAD.equals(a.post()) && grid != null) {
            Place b = a.placeId() == null ? null : Place.findById(a.placeId());
            if (b == null || !"building".equals(b.kind) || !b.gridNodeId.equals(grid.id)) {
                problems.add(new FieldProblem("/placeId", "the id of a building place in grid " + a.gridCode()));
            }
        } else if (ResidentPost.GROUP_LEADER.equals(a.post()) && a.placeId() != null) {
            problems.add(new FieldProblem("/placeId", "leave it out: a resident-group leader serves the whole grid"));
        }
        Account holder = holder(a.username(), grid, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("The resident post cannot be assigned.", problems);
        }
        fill(a, grid, holder);
    }

    private void fill(PostAssignment a, GridNode grid, Account holder) {
        ResidentPost p = ResidentPost.of(a.post(), grid.id, a.placeId()).orElse(null);
        if (p != null && p.holderId.equals(holder.id) && p.basis.equals(a.basis().strip())) {
            return;
        }
        ResidentPostChange change = new ResidentPostChange();
        change.previousHolderId = p == null ? null : p.holderId;
        if (p == null) {
            p = new ResidentPost();
            p.post = a.post();
            p.gridNodeId = grid.id;
            p.placeId = a.placeId();
        }
        p.holderId = holder.id;
        p.basis = a.basis().strip();
        p.since = clock.now();
        p.persist();
        change.postId = p.id;
        change.holderId = holder.id;
        change.basis = p.basis;
        change.changedAt = p.since;
        change.persist();
    }

    private static Account holder(String username, GridNode grid, List<FieldProblem> problems) {
        Account acc = username == null ? null : Account.findByUsername(username).filter(Account::isActive).orElse(null);
        ResidentRegistration r = acc == null ? null : ResidentRegistration.byUsername(username).orElse(null);
        if (r == null || !r.verified()) {
            problems.add(new FieldProblem("/username", "a verified resident of this tenant"));
        } else if (grid != null && !grid.id.equals(r.gridNodeId)) {
            problems.add(new FieldProblem("/username", "'" + username + "' lives in another grid; a post's holder lives in its grid"));
        }
        return acc;
    }
}
