package org.gridx.modules.selfgovernance.people;

import java.util.Set;
import org.gridx.api.identity.Role;

/**
 * The staff who convene meetings, polls and elections: community and grid staff (网格长、指导员、专员、
 * 督导员) and the tenant administrator. Everyone else takes part; residency checks come on top for voting,
 * supporting and standing.
 */
public final class Organisers {

    public static final Set<String> ROLES = Set.of(Role.Names.TENANT_ADMIN, Role.Names.SUPERVISOR,
            Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST);

    private Organisers() {
    }
}
