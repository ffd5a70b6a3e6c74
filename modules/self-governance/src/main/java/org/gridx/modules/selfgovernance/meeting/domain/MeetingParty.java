package org.gridx.modules.selfgovernance.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** The representative one of the four parties sent to a four-party meeting. */
@Entity
@Table(name = "self_governance_meeting_party")
public class MeetingParty extends TenantOwnedEntity {

    @Column(name = "meeting_id")
    public UUID meetingId;
    public String party;
    public String representative;
    public String username;
}
