package org.gridx.modules.selfgovernance.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.gridx.modules.selfgovernance.meeting.domain.AgendaItem;
import org.gridx.modules.selfgovernance.meeting.domain.Meeting;

/** A meeting's agenda: items in the order they were added. */
@ApplicationScoped
public class Agendas {

    public AgendaItem add(Meeting m, String title, UUID proposalId) {
        AgendaItem item = new AgendaItem();
        item.meetingId = m.id;
        item.position = (int) AgendaItem.count("meetingId", m.id) + 1;
        item.title = title;
        item.proposalId = proposalId;
        item.persist();
        return item;
    }

    public List<AgendaItem> of(UUID meetingId) {
        return AgendaItem.list("meetingId = ?1 order by position", meetingId);
    }
}
