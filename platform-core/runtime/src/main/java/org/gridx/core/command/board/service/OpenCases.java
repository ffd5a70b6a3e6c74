package org.gridx.core.command.board.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.gridx.core.casework.domain.CaseFile;

/**
 * The only reads of cases themselves: the OPEN cases of a subtree, through the partial index on open cases
 * (core/071). The states are written out in the query, not bound, so the planner can match that index.
 */
@ApplicationScoped
public class OpenCases {

    static final String OPEN = "state in ('reported', 'registered', 'dispatched', 'accepted', 'handled')";
    /** The most markers a map gets; the rest are counted per child node, not drawn. */
    public static final int MAP_LIMIT = 2000;

    /** Newest first, those with a position only, at most {@link #MAP_LIMIT} (+1, to tell that more exist). */
    public List<CaseFile> onMap(Collection<UUID> nodeIds) {
        return CaseFile.<CaseFile>find(OPEN + " and gridNodeId in ?1 and lon is not null and lat is not null "
                + "order by reportedAt desc", nodeIds).page(0, MAP_LIMIT + 1).list();
    }

    /** Open cases per lead department (none: "-"), most first, for a node below the tenant's top. */
    public List<Object[]> perDepartment(Collection<UUID> nodeIds, int limit) {
        return CaseFile.getEntityManager().createQuery("select coalesce(c.leadDepartment, '-'), count(c) from CaseFile c where c."
                + OPEN + " and c.gridNodeId in :ids group by 1 order by 2 desc, 1", Object[].class)
                .setParameter("ids", nodeIds).setMaxResults(limit).getResultList();
    }
}
