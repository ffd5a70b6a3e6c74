package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.CaseParty;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.staffing.service.GridTree;

/**
 * Who sees a case: the command centre and administrators all of them; grid staff the cases in their grid
 * scope; a department the cases dispatched to it (lead or co-department); anyone the cases they reported
 * or were named on (assignee, escalation handler, merged reporter). Everyone else is told it does not exist.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    GridTree tree;

    public CaseFile visible(UUID id, Actor a) {
        return seen(CaseFile.findById(id), id, a);
    }

    /** {@link #visible}, locked for a move by this caller (see {@link CaseFile#forUpdate}). */
    public CaseFile visibleForUpdate(UUID id, Actor a) {
        return seen(CaseFile.forUpdate(id), id, a);
    }

    private CaseFile seen(CaseFile c, UUID id, Actor a) {
        if (c == null || !canSee(c, a)) {
            throw ProblemException.notFound("There is no case " + id + " that you can see.");
        }
        return c;
    }

    public boolean canSee(CaseFile c, Actor a) {
        if (a.isSystem() || Actors.tenantWide(a) || a.username().equals(c.reportedBy)
                || a.username().equals(c.assignee) || a.username().equals(c.escalationHandler)) {
            return true;
        }
        if (a.department() != null && (a.department().equals(c.leadDepartment) || c.coDepartments.contains(a.department()))) {
            return true;
        }
        if (inScope(c, a)) {
            return true;
        }
        return CaseParty.count("caseId = ?1 and party = ?2", c.id, a.username()) > 0;
    }

    /** The case's grid is inside the actor's grid scope (staff roles only). */
    public boolean inScope(CaseFile c, Actor a) {
        if (a.scope().isEmpty() || a.has(Role.Names.RESIDENT) && a.roles().size() == 1) {
            return false;
        }
        GridNode node = GridNode.findById(c.gridNodeId);
        return node != null && tree.within(node, a.scope());
    }

    /** Grid codes under the actor's scope, for list queries. */
    public Set<String> scopeCodes(Actor a) {
        return a.scope().stream().flatMap(code -> GridNode.findByCode(code).stream())
                .flatMap(n -> tree.subtreeIds(n.id).stream()).map(id -> GridNode.<GridNode>findById(id).code)
                .collect(Collectors.toSet());
    }

}
