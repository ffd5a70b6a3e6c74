package org.gridx.modules.selfgovernance.proposal;

import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.api.module.NavEntry;
import org.gridx.api.module.SettingDef;

/** What proposals add to the module's manifest: the support threshold and the menu entry. */
public final class ProposalDeclarations {

    public static final String SUPPORT_THRESHOLD = "proposal-support-threshold";

    public static final List<SettingDef> SETTINGS = List.of(
            SettingDef.integer(SUPPORT_THRESHOLD, 20, 1, 100000, "提案列入议程所需支持人数",
                    "Supporters a proposal needs to be ready for a meeting's agenda"));

    public static final List<NavEntry> NAVIGATION = List.of(
            NavEntry.of("居民提案", "Proposals", "self-governance/proposals", 320, Role.Names.RESIDENT, Role.Names.INFORMANT,
                    Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SUPERVISOR,
                    Role.Names.TENANT_ADMIN));

    private ProposalDeclarations() {
    }
}
