package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.CasePhoto;
import org.gridx.core.casework.domain.Transition;
import org.gridx.core.casework.domain.TimelineEntry;

/** Appends to a case's record: the next sequence number, chained to the head the case file remembers. */
@ApplicationScoped
public class CaseTimeline {

    @jakarta.inject.Inject
    org.gridx.api.tenant.TenantContext tenants;

    public TimelineEntry append(CaseFile c, Transition t, Actor actor, String actorRole, String note,
            Map<String, Object> data, Instant at) {
        TimelineEntry e = seal(c, t, actor, actorRole, note, data, at);
        e.caseId = c.id;
        e.persist();
        return e;
    }

    /** The next entry, hashed and counted on the case, but not yet written (intake writes it after the case). */
    public TimelineEntry seal(CaseFile c, Transition t, Actor actor, String actorRole, String note,
            Map<String, Object> data, Instant at) {
        TimelineEntry e = new TimelineEntry();
        e.tenantId = tenants.require();
        e.caseId = c.id;
        e.seq = c.timelineLength + 1;
        // PostgreSQL keeps microseconds: hash what will be read back
        e.at = at.truncatedTo(ChronoUnit.MICROS);
        e.fromState = t.from().code();
        e.action = t.action().code();
        e.toState = t.to().code();
        e.actor = actor.username();
        e.actorRole = actorRole;
        e.note = note;
        e.data = data;
        e.prevHash = c.timelineHead == null ? TimelineHash.GENESIS : c.timelineHead;
        e.hash = TimelineHash.of(e, c.number);
        c.timelineLength = e.seq;
        c.timelineHead = e.hash;
        return e;
    }

    public void attach(CaseFile c, TimelineEntry e, List<UUID> media, String role) {
        for (UUID m : media) {
            CasePhoto p = new CasePhoto();
            p.caseId = c.id;
            p.mediaId = m;
            p.step = e.action + "#" + e.seq;
            p.role = role;
            p.timelineSeq = e.seq;
            p.persist();
        }
    }
}
