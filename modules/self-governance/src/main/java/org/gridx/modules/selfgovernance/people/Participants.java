package org.gridx.modules.selfgovernance.people;

import java.util.Set;
import org.gridx.api.identity.Role;

/**
 * Which roles take which part. Organisers are the community and grid staff who convene meetings, polls and
 * elections (网格长、指导员、专员、督导员 and the tenant administrator); participants are everyone who may
 * register, raise, support or vote, subject to residency checks where the act needs one.
 */
public final class Participants {

    public static final Set<String> ORGANISER_ROLES = Set.of(Role.Names.TENANT_ADMIN, Role.Names.SUPERVISOR,
            Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST);

    private Participants() {
    }
}
