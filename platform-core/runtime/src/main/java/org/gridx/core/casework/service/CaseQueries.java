package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.staffing.service.GridTree;

/**
 * Case lists with the visibility rule pushed into the query (not filtered after loading), so a queue of a
 * banner-sized tenant reads only what the caller may see: tenant-wide roles everything, others their grid
 * scope, their department's cases, and what they reported or were named on.
 */
@ApplicationScoped
@Transactional
public class CaseQueries {

    static final List<String> OPEN = List.of("reported", "registered", "dispatched", "accepted", "handled");

    @Inject
    CaseAccess access;
    @Inject
    GridTree tree;

    public List<CaseSummary> list(CaseQuery q, Actor a) {
        List<String> where = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        if (!Actors.tenantWide(a)) {
            List<String> seen = new ArrayList<>(List.of("reportedBy = :me", "assignee = :me", "escalationHandler = :me",
                    "id in (select p.caseId from CaseParty p where p.party = :me)"));
            p.put("me", a.username());
            Set<String> scope = access.scopeCodes(a);
            if (!scope.isEmpty() && !onlyResident(a)) {
                seen.add("gridCode in :scope");
                p.put("scope", scope);
            }
            if (a.department() != null) {
                seen.add("leadDepartment = :dept");
                seen.add("array_contains(coDepartments, :dept)");
                p.put("dept", a.department());
            }
            where.add("(" + String.join(" or ", seen) + ")");
        }
        if (q.state != null) {
            List<String> states = new ArrayList<>();
            for (String s : q.state.split(",")) {
                states.addAll("open".equals(s) ? OPEN : List.of(s));
            }
            where.add("state in :states");
            p.put("states", states);
        }
        if (q.node != null) {
            GridNode node = GridNode.findByCode(q.node).orElseThrow(() -> ProblemException.notFound("No grid node " + q.node + "."));
            where.add("gridNodeId in :subtree");
            p.put("subtree", tree.subtreeIds(node.id));
        }
        if (q.department != null) {
            where.add("(leadDepartment = :qdept or array_contains(coDepartments, :qdept))");
            p.put("qdept", q.department);
        }
        if (q.mine) {
            where.add("reportedBy = :mine");
            p.put("mine", a.username());
        }
        if (q.overdue) {
            where.add("overdue = true");
        }
        if (q.duplicates) {
            where.add("duplicateOf is not null and state in ('reported', 'registered')");
        }
        String hql = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by overdue desc, dueAt asc nulls last, reportedAt desc";
        return CaseFile.<CaseFile>find(where.isEmpty() ? "from CaseFile " + hql : hql, p).page(0, q.limit).list()
                .stream().map(CaseSummary::of).toList();
    }

    private static boolean onlyResident(Actor a) {
        return a.roles().size() == 1 && a.has(org.gridx.api.identity.Role.Names.RESIDENT);
    }
}
