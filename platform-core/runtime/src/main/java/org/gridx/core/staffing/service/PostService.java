package org.gridx.core.staffing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.staffing.domain.StaffPost;

/** Creates, re-staffs and removes posts, checking the role fits the node's level and the holders fit the role. */
@ApplicationScoped
public class PostService {

    @Inject
    GridTree tree;

    @Transactional
    public StaffPost create(String nodeCode, String role, String holderA, String holderB) {
        GridNode node = tree.node(nodeCode, "/node");
        if (!PostRules.ROLES.contains(role) || !PostRules.rolesAt(node.level).contains(role)) {
            throw ProblemException.invalid("This role has no post at this level.", List.of(new FieldProblem("/role",
                    "a level-" + node.level + " node has posts for " + PostRules.rolesAt(node.level))));
        }
        if (!Role.Names.INFORMANT.equals(role) && !StaffPost.at(node.id, role).isEmpty()) {
            throw ProblemException.conflict("Node " + nodeCode + " already has a " + role
                    + " post; change its holders (PUT) instead of adding another.");
        }
        StaffPost p = new StaffPost();
        p.nodeId = node.id;
        p.role = role;
        assign(p, holderA, holderB);
        p.persist();
        return p;
    }

    @Transactional
    public StaffPost reassign(UUID id, String holderA, String holderB) {
        StaffPost p = find(id);
        assign(p, holderA, holderB);
        p.updatedAt = Instant.now();
        return p;
    }

    @Transactional
    public void delete(UUID id) {
        find(id).delete();
    }

    public StaffPost find(UUID id) {
        StaffPost p = StaffPost.findById(id);
        if (p == null) {
            throw ProblemException.notFound("There is no post " + id + " in this tenant.");
        }
        return p;
    }

    private static void assign(StaffPost p, String holderA, String holderB) {
        List<FieldProblem> problems = new ArrayList<>();
        Account a = holder(holderA, p.role, "/holderA", problems);
        Account b = holderB == null || holderB.isBlank() ? null : holder(holderB, p.role, "/holderB", problems);
        if (a != null && a == b) {
            problems.add(new FieldProblem("/holderB", "the backup must be another person than the A holder"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("The post's holders cannot take it.", problems);
        }
        p.holderAId = a.id;
        p.holderBId = b == null ? null : b.id;
    }

    private static Account holder(String username, String role, String field, List<FieldProblem> problems) {
        Account a = Account.findByUsername(username).orElse(null);
        if (a == null) {
            problems.add(new FieldProblem(field, "no account '" + username + "' in this tenant"));
        } else if (!a.roles.contains(role)) {
            problems.add(new FieldProblem(field, "'" + username + "' does not hold the role " + role
                    + "; give the account that role first"));
        }
        return a;
    }
}
