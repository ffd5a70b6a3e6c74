package org.gridx.modules.selfgovernance.election;

import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.api.module.NavEntry;
import org.gridx.api.module.SettingDef;

/** What elections add to the module's manifest: who gets one ballot, and the menu entry. */
public final class ElectionDeclarations {

    public static final String BALLOT_BASIS = "election-ballot-basis";
    public static final String PER_HOUSEHOLD = "household";
    public static final String PER_RESIDENT = "resident";

    public static final List<SettingDef> SETTINGS = List.of(
            SettingDef.choice(BALLOT_BASIS, PER_HOUSEHOLD, List.of(PER_HOUSEHOLD, PER_RESIDENT),
                    "选举投票方式：每户一票（household）或每人一票（resident）",
                    "Election ballots: one per verified household or one per verified resident"));

    public static final List<NavEntry> NAVIGATION = List.of(
            NavEntry.of("楼栋长/小组长选举", "Elections", "self-governance/elections", 340, Role.Names.RESIDENT,
                    Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR,
                    Role.Names.SUPERVISOR, Role.Names.TENANT_ADMIN));

    private ElectionDeclarations() {
    }
}
