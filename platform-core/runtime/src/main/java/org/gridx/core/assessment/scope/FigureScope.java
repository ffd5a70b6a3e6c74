package org.gridx.core.assessment.scope;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridx.api.identity.Role;
import org.gridx.api.identity.TokenClaims;
import org.gridx.api.problem.ProblemException;

/**
 * Which figures the caller may see. The command centre (tenant administrator, dispatcher) sees the whole
 * street; other staff see the subtree of the nodes in their token's grid scope — a community chief their
 * community — so a node outside it is answered as not found; a department handler sees their department.
 * Grid codes nest (street ⊂ community ⊂ grid by prefix), so a scope is a code prefix.
 */
@RequestScoped
public class FigureScope {

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken jwt;

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
        return Optional.ofNullable(jwt.<Object>getClaim(TokenClaims.DEPARTMENT)).map(String::valueOf);
    }

    public List<String> scopeCodes() {
        Object claim = jwt.getClaim(TokenClaims.GRID_SCOPE);
        if (claim instanceof JsonArray a) {
            return a.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).sorted().toList();
        }
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).sorted().toList();
        }
        return claim instanceof String s ? List.of(s) : List.of();
    }
}
