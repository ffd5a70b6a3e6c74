package org.gridx.modules.selfgovernance.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A meeting residents take part in; see {@link MeetingKind}. Only {@link #organiser} records its minutes. */
@Entity
@Table(name = "self_governance_meeting")
public class Meeting extends TenantOwnedEntity {

    public String kind;
    public String title;
    @Column(name = "grid_code")
    public String gridCode;
    public String venue;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    /** Seats; null when anyone may come. */
    public Integer capacity;
    @Column(name = "waiting_list")
    public boolean waitingList;
    public String organiser;
    public String minutes;
    @Column(name = "minutes_at")
    public Instant minutesAt;
    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public boolean organisedBy(String username) {
        return organiser.equals(username);
    }
}
