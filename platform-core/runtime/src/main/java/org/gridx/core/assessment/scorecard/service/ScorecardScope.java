package org.gridx.core.assessment.scorecard.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.gridx.api.identity.Role;
import org.gridx.core.assessment.scope.FigureScope;

/**
 * Which scorecard rows the caller sees, ranks staying street-wide: grids, communities and informants under
 * the node FigureScope allows (a community chief: their community; the community kind also shows the
 * community a grid worker's grid lies in); departments: a handler only their own, everyone else all of them.
 * An informant sees only their own informant row (and reward).
 */
@RequestScoped
public class ScorecardScope {

    private static final Set<String> ABOVE_INFORMANT = Set.of(Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER,
            Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST);

    @Inject
    FigureScope scope;
    @Inject
    SecurityIdentity identity;

    public Predicate<ScoredEntity> visible(ScorecardKind kind, String node) {
        if (kind == ScorecardKind.DEPARTMENT) {
            Optional<String> own = scope.ownDepartment();
            if (own.isEmpty() && identity.hasRole(Role.Names.DEPARTMENT_HANDLER) && !scope.wholeTenant()) {
                return e -> false;
            }
            return own.<Predicate<ScoredEntity>>map(d -> e -> e.key().equals(d)).orElse(e -> true);
        }
        Optional<String> prefix = scope.node(node);
        Predicate<ScoredEntity> under = prefix.<Predicate<ScoredEntity>>map(p -> e -> e.nodes().stream()
                .anyMatch(n -> n.startsWith(p) || (kind == ScorecardKind.COMMUNITY && p.startsWith(n)))).orElse(e -> true);
        if (kind == ScorecardKind.WORKER && onlyInformant()) {
            String me = identity.getPrincipal().getName();
            return e -> e.key().equals(me);
        }
        return under;
    }

    /** A department handler holding no grid post: only the departments' scorecard is theirs. */
    public boolean departmentOnly() {
        return identity.hasRole(Role.Names.DEPARTMENT_HANDLER) && !identity.hasRole(Role.Names.INFORMANT)
                && identity.getRoles().stream().noneMatch(ABOVE_INFORMANT::contains);
    }

    /** An informant holding no post that oversees other workers. */
    public boolean onlyInformant() {
        return identity.hasRole(Role.Names.INFORMANT) && identity.getRoles().stream().noneMatch(ABOVE_INFORMANT::contains);
    }
}
