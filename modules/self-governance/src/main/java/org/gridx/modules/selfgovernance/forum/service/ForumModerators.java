package org.gridx.modules.selfgovernance.forum.service;

import java.util.Set;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.common.Participant;
import org.gridx.modules.selfgovernance.forum.domain.Forum;

/**
 * Who moderates a forum: the grid's specialist or informant for a grid forum, the community's grid chief,
 * instructor or supervisor for a community forum — each only at the node their post is at — and the tenant
 * administrator everywhere. The same people pin notices.
 */
public final class ForumModerators {

    private static final Set<String> OF_GRID = Set.of(Role.Names.SPECIALIST, Role.Names.INFORMANT);
    private static final Set<String> OF_COMMUNITY = Set.of(Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR,
            Role.Names.SUPERVISOR);

    private ForumModerators() {
    }

    public static boolean moderates(Participant p, Forum forum) {
        if (p.has(Role.Names.TENANT_ADMIN)) {
            return true;
        }
        Set<String> roles = forum.isGridForum() ? OF_GRID : OF_COMMUNITY;
        return p.holds(forum.nodeCode) && roles.stream().anyMatch(p::has);
    }

    public static void require(Participant p, Forum forum) {
        if (!moderates(p, forum)) {
            throw ProblemException.forbidden("Only the " + (forum.isGridForum()
                    ? "grid's specialist or informant" : "community's grid chief, instructor or supervisor")
                    + " of node " + forum.nodeCode + " (or a tenant administrator) may moderate this forum.");
        }
    }
}
