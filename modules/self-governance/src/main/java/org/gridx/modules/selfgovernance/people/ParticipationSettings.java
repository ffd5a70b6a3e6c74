package org.gridx.modules.selfgovernance.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.gridx.api.module.ModuleAccess;
import org.gridx.api.module.ModuleSettings;
import org.gridx.api.module.SettingDef;
import org.gridx.api.tenant.TenantContext;

/**
 * The tenant settings of meetings, proposals and elections: declared here (the module's manifest lists
 * {@link #DEFINITIONS}), validated by the core when an administrator changes them, read per tenant.
 */
@ApplicationScoped
public class ParticipationSettings {

    public static final String MODULE = "self-governance";
    public static final String SUPPORT_THRESHOLD = "proposal-support-threshold";
    public static final String BALLOT_BASIS = "election-ballot-basis";
    public static final String WAITING_LIST = "meeting-waiting-list";

    public static final List<SettingDef> DEFINITIONS = List.of(
            SettingDef.integer(SUPPORT_THRESHOLD, 20, 1, 100000, "提案进入议程所需支持人数",
                    "Supporters a proposal needs to be ready for a meeting's agenda"),
            SettingDef.choice(BALLOT_BASIS, "household", List.of("household", "resident"),
                    "选举投票方式：每户一票（household）或每人一票（resident）",
                    "Election ballots: one per verified household or one per verified resident"),
            SettingDef.bool(WAITING_LIST, true, "会议满员后可排队候补", "A full meeting keeps a waiting list"));

    @Inject
    ModuleAccess modules;
    @Inject
    TenantContext tenant;

    public long supportThreshold() {
        return current().integer(SUPPORT_THRESHOLD);
    }

    public String ballotBasis() {
        return current().text(BALLOT_BASIS);
    }

    public boolean waitingList() {
        return current().bool(WAITING_LIST);
    }

    private ModuleSettings current() {
        return modules.settings(tenant.require(), MODULE);
    }
}
