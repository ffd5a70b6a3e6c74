package org.gridx.modules.selfgovernance.meeting;

import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.api.module.NavEntry;
import org.gridx.api.module.SettingDef;

/** What meetings add to the module's manifest: the waiting-list setting and the menu entry. */
public final class MeetingDeclarations {

    public static final String WAITING_LIST = "meeting-waiting-list";

    public static final List<SettingDef> SETTINGS = List.of(
            SettingDef.bool(WAITING_LIST, true, "会议满员后可排队候补", "A full meeting keeps a waiting list"));

    public static final List<NavEntry> NAVIGATION = List.of(
            NavEntry.of("议事会议", "Meetings", "self-governance/meetings", 310, Role.Names.RESIDENT, Role.Names.INFORMANT,
                    Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SUPERVISOR,
                    Role.Names.TENANT_ADMIN));

    private MeetingDeclarations() {
    }
}
