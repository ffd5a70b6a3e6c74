package org.gridx.core.assessment.scope;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.staffing.service.Caller;

/**
 * Which figures the caller may see. The command centre (tenant administrator, dispatcher) sees the whole
 * street; other staff see the subtree of the nodes in their token's grid scope — a community chief their
 * community — so a node outside it is answered as not found; a department handler sees their department.
 * Grid codes nest (street ⊂ community ⊂ grid by prefix), so a scope is a code prefix. Scope and department
 * are the account's as it is now (like casework and the board), not the token's: a narrowed scope applies at
 * once instead of when the token expires.
 */
@RequestScoped
public class FigureScope {

    @Inject
    SecurityIdentity identity;
    @Inject
    Caller caller;

    public boolean wholeTenant() {
        return identity.hasRole(Role.Names.TENANT_ADMIN) || identity.hasRole(Role.Names.DISPATCHER);
    }

    /**
     * The grid-code prefix to sum under: the node asked for if the caller may see it (404 otherwise), else the
     * caller's own node (its first, when the token names several); empty = the whole tenant.
     */
    public Optional<String> node(String requested) {
        List<String> mine = scopeCodes();
        if (requested != null && !requested.isBlank()) {
            String code = requested.strip();
            if (!code.matches("[0-9]{6}([0-9]{3}){0,3}")) {
                throw ProblemException.invalid("Unknown node.", List.of(new org.gridx.api.problem.Problem.FieldProblem(
                        "node", "a grid code of 6, 9, 12 or 15 digits, e.g. 150621001001")));
            }
            if (!wholeTenant() && mine.stream().noneMatch(code::startsWith)) {
                throw ProblemException.notFound("No node " + code + " in your part of the grid.");
            }
            return Optional.of(code);
        }
        if (wholeTenant()) {
            return Optional.empty();
        }
        if (mine.isEmpty()) {
            throw ProblemException.forbidden("Your account has no grid scope, so it has no figures to see; ask the "
                    + "tenant administrator to give it one.");
        }
        return Optional.of(mine.get(0));
    }

    /** A department handler's own department (they see only its figures); empty for everyone else. */
    public Optional<String> ownDepartment() {
        if (wholeTenant() || !identity.hasRole(Role.Names.DEPARTMENT_HANDLER)) {
            return Optional.empty();
        }
        return Optional.ofNullable(caller.account().departmentCode);
    }

    public List<String> scopeCodes() {
        return caller.scope().stream().sorted().toList();
    }
}
