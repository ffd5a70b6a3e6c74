package org.gridx.core.staffing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.staffing.domain.StaffSinking;

/** 实名下沉网格: only department handlers with a department can be sunk, once per node. */
@ApplicationScoped
public class SinkingService {

    @Inject
    GridTree tree;

    @Transactional
    public StaffSinking assign(String username, String nodeCode) {
        Account a = Account.findByUsername(username).orElse(null);
        if (a == null || !a.roles.contains(Role.Names.DEPARTMENT_HANDLER) || a.departmentCode == null) {
            throw ProblemException.invalid("Only a department handler with a department can be sunk into a grid.",
                    List.of(new FieldProblem("/account", a == null ? "no account '" + username + "' in this tenant"
                            : "'" + username + "' is not a department handler with a department")));
        }
        GridNode node = tree.node(nodeCode, "/node");
        if (StaffSinking.count("accountId = ?1 and nodeId = ?2", a.id, node.id) > 0) {
            throw ProblemException.conflict(username + " is already sunk into " + nodeCode + ".");
        }
        StaffSinking s = new StaffSinking();
        s.accountId = a.id;
        s.nodeId = node.id;
        s.departmentCode = a.departmentCode;
        s.persist();
        return s;
    }

    @Transactional
    public void remove(UUID id) {
        StaffSinking s = StaffSinking.findById(id);
        if (s == null) {
            throw ProblemException.notFound("There is no assignment " + id + " in this tenant.");
        }
        s.delete();
    }
}
