package org.gridx.modules.selfgovernance.poll;

import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.api.module.NavEntry;

/** What polls add to the module's manifest: the menu entry (polls have no tenant setting). */
public final class PollDeclarations {

    public static final List<NavEntry> NAVIGATION = List.of(
            NavEntry.of("投票", "Polls", "self-governance/polls", 330, Role.Names.RESIDENT, Role.Names.INFORMANT,
                    Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SUPERVISOR,
                    Role.Names.TENANT_ADMIN));

    private PollDeclarations() {
    }
}
