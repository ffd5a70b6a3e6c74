package org.gridx.modules.selfgovernance.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.api.module.ModuleAccess;
import org.gridx.api.module.ModuleSettings;
import org.gridx.api.tenant.TenantContext;
import org.gridx.modules.selfgovernance.SelfGovernanceModule;
import org.gridx.modules.selfgovernance.election.ElectionDeclarations;
import org.gridx.modules.selfgovernance.meeting.MeetingDeclarations;
import org.gridx.modules.selfgovernance.proposal.ProposalDeclarations;

/**
 * The current tenant's settings of meetings, proposals and elections (declared in each capability's
 * {@code *Declarations}, validated by the core when an administrator changes them).
 */
@ApplicationScoped
public class ParticipationSettings {

    @Inject
    ModuleAccess modules;
    @Inject
    TenantContext tenant;

    public long supportThreshold() {
        return current().integer(ProposalDeclarations.SUPPORT_THRESHOLD);
    }

    public String ballotBasis() {
        return current().text(ElectionDeclarations.BALLOT_BASIS);
    }

    public boolean waitingList() {
        return current().bool(MeetingDeclarations.WAITING_LIST);
    }

    private ModuleSettings current() {
        return modules.settings(tenant.require(), SelfGovernanceModule.ID);
    }
}
