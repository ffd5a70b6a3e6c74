package org.gridx.core.live;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridx.api.identity.Role;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.staffing.service.Caller;

/** Builds the caller's {@link LiveAudience} from their account as the database has it now. */
@RequestScoped
public class LiveAudiences {

    private static final Set<String> GRID_ROLES = Set.of(Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
            Role.Names.INSTRUCTOR, Role.Names.SPECIALIST, Role.Names.INFORMANT);

    @Inject
    Caller caller;
    @Inject
    EntityManager em;

    public LiveAudience of(List<String> typePrefixes) {
        Account me = caller.account();
        boolean gridRole = GRID_ROLES.stream().anyMatch(caller::has);
        Set<String> grids = gridRole && !me.gridScope.isEmpty() ? subtreeCodes(me.gridScope) : Set.of();
        String department = caller.has(Role.Names.DEPARTMENT_HANDLER) ? me.departmentCode : null;
        return new LiveAudience(me.username, caller.tenantWide(), grids, department, typePrefixes);
    }

    /**
     * Codes of the scope's nodes and everything below them, walking parent links as GridTree does (grid codes
     * are digits, so a comma-joined list is safe to split).
     */
    @SuppressWarnings("unchecked")
    private Set<String> subtreeCodes(List<String> roots) {
        // No result class: Hibernate keys a scalar-typed native query by a result builder without value
        // equality, so every call added an identical entry to its plan cache and lookups slowed as it filled.
        return new HashSet<>(em.createNativeQuery("""
                WITH RECURSIVE sub(id, code) AS (SELECT id, code FROM grid_node WHERE code = ANY(string_to_array(:roots, ','))
                  UNION SELECT g.id, g.code FROM grid_node g JOIN sub s ON g.parent_id = s.id)
                SELECT code FROM sub""").setParameter("roots", String.join(",", roots)).getResultList());
    }
}
