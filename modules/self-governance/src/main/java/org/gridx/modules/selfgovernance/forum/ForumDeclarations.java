package org.gridx.modules.selfgovernance.forum;

import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.api.module.NavEntry;
import org.gridx.api.module.PermissionDef;
import org.gridx.api.module.SettingDef;

/** What the forums add to the module's manifest: settings (with bounds), permissions and menu entries. */
public final class ForumDeclarations {

    public static final String THREAD_OPENERS = "forum-thread-openers";
    public static final String TITLE_MAX = "forum-title-max-length";
    public static final String POST_MAX = "forum-post-max-length";
    public static final String BAN_MAX_DAYS = "forum-ban-max-days";

    /** Values of {@link #THREAD_OPENERS}: any resident, only residents whose residency is verified, or staff. */
    public static final String OPENERS_RESIDENTS = "residents";
    public static final String OPENERS_VERIFIED = "verified-residents";
    public static final String OPENERS_STAFF = "staff";

    public static final String MODERATE = "self-governance.forum.moderate";
    public static final String POST = "self-governance.forum.post";

    public static final List<SettingDef> SETTINGS = List.of(
            SettingDef.choice(THREAD_OPENERS, OPENERS_RESIDENTS, List.of(OPENERS_RESIDENTS, OPENERS_VERIFIED, OPENERS_STAFF),
                    "谁可以发起话题", "Who may open threads"),
            SettingDef.integer(TITLE_MAX, 80, 10, 200, "话题标题最大长度", "Maximum thread title length"),
            SettingDef.integer(POST_MAX, 2000, 50, 10000, "帖子最大长度", "Maximum post length"),
            SettingDef.integer(BAN_MAX_DAYS, 90, 1, 365, "禁言最长天数", "Longest ban, in days"));

    public static final List<PermissionDef> PERMISSIONS = List.of(
            PermissionDef.of(POST, "在论坛发帖", "Post in forums", Role.Names.RESIDENT, Role.Names.INFORMANT,
                    Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SUPERVISOR,
                    Role.Names.TENANT_ADMIN),
            PermissionDef.of(MODERATE, "管理本网格/社区论坛", "Moderate the forum of one's grid or community",
                    Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR,
                    Role.Names.SUPERVISOR, Role.Names.TENANT_ADMIN));

    public static final List<NavEntry> NAVIGATION = List.of(
            NavEntry.of("居民论坛", "Forums", "self-governance/forums", 300),
            NavEntry.of("论坛管理", "Forum moderation", "self-governance/moderation", 301, Role.Names.INFORMANT,
                    Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SUPERVISOR,
                    Role.Names.TENANT_ADMIN));

    private ForumDeclarations() {
    }
}
