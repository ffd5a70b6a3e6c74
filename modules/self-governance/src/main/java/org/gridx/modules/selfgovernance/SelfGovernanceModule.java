package org.gridx.modules.selfgovernance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Stream;
import org.gridx.api.module.GridxModule;
import org.gridx.api.module.ModuleManifest;
import org.gridx.api.module.NavEntry;
import org.gridx.api.module.PermissionDef;
import org.gridx.api.module.SettingDef;
import org.gridx.modules.selfgovernance.election.ElectionDeclarations;
import org.gridx.modules.selfgovernance.forum.ForumDeclarations;
import org.gridx.modules.selfgovernance.meeting.MeetingDeclarations;
import org.gridx.modules.selfgovernance.poll.PollDeclarations;
import org.gridx.modules.selfgovernance.proposal.ProposalDeclarations;

/**
 * 网格化+居民自治: residents take part in governing their grid through the web. Each capability (forums,
 * meetings, proposals, polls, elections) declares its own settings, permissions and menu entries in one
 * {@code *Declarations} class; this manifest only lists them, so adding a capability is one line per list.
 */
@ApplicationScoped
public class SelfGovernanceModule implements GridxModule {

    public static final String ID = "self-governance";

    private static final ModuleManifest MANIFEST = ModuleManifest.builder(ID)
            .version("1.0.0")
            .name("居民自治", "Resident self-governance")
            .description("网格论坛、民情问需会、四方共议、议事会提案、投票与楼栋长选举",
                    "Grid forums, public-needs meetings, four-party deliberation, proposals, polls and elections")
            .settings(all(SettingDef.class, ForumDeclarations.SETTINGS, MeetingDeclarations.SETTINGS,
                    ProposalDeclarations.SETTINGS, ElectionDeclarations.SETTINGS))
            .permissions(all(PermissionDef.class, ForumDeclarations.PERMISSIONS))
            .navigation(all(NavEntry.class, ForumDeclarations.NAVIGATION, MeetingDeclarations.NAVIGATION,
                    ProposalDeclarations.NAVIGATION, PollDeclarations.NAVIGATION, ElectionDeclarations.NAVIGATION))
            .changelog("db/changelog/" + ID + "/changelog.xml")
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }

    @SafeVarargs
    @SuppressWarnings("unchecked")
    private static <T> T[] all(Class<T> type, List<T>... perCapability) {
        return Stream.of(perCapability).flatMap(List::stream)
                .toArray(n -> (T[]) java.lang.reflect.Array.newInstance(type, n));
    }
}
