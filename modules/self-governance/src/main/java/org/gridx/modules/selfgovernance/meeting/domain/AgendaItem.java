package org.gridx.modules.selfgovernance.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** One point of a meeting's agenda, possibly a resident proposal that gathered enough support. */
@Entity
@Table(name = "self_governance_agenda_item")
public class AgendaItem extends TenantOwnedEntity {

    @Column(name = "meeting_id")
    public UUID meetingId;
    public int position;
    public String title;
    @Column(name = "proposal_id")
    public UUID proposalId;
}
