package org.gridx.core.open311.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.gridx.core.casework.domain.CaseState;
import org.gridx.core.casework.domain.TimelineEntry;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.tenancy.service.TenantZone;

/**
 * mySociety's GET servicerequestupdates: each step of a problem case's record that changed its state
 * (registered, dispatched, accepted, handled, closed, rejected, merged, rework …) is one update, oldest
 * first, so a client polling with start_date = its last fetch replays them in order. The report itself
 * is not an update (it is the request), nor are reminders and escalations, which do not change what the
 * reporter is told. Default range: the last 24 hours; at most 90 days and 1000 updates per answer.
 */
@ApplicationScoped
@Transactional
public class Open311Updates {

    static final Duration DEFAULT = Duration.ofDays(1);

    @Inject
    GridxClock clock;
    @Inject
    TenantZone zone;

    public Open311Doc between(Instant start, Instant end, String lang) {
        Instant now = clock.now();
        Instant[] range = Open311Window.of(start == null && end == null ? now.minus(DEFAULT) : start, end, now,
                Open311Requests.WINDOW);
        ZoneId z = zone.current();
        List<Object[]> rows = TimelineEntry.getEntityManager().createQuery("select e, c.number from TimelineEntry e, "
                + "CaseFile c where c.id = e.caseId and c.kind = 'problem' and e.seq > 1 and e.fromState <> e.toState "
                + "and e.at >= :start and e.at <= :end order by e.at, e.seq", Object[].class)
                .setParameter("start", range[0]).setParameter("end", range[1]).setMaxResults(Open311Requests.MAX)
                .getResultList();
        return Open311Doc.list("service_request_updates", "request_update", rows.stream().map(row -> {
            TimelineEntry e = (TimelineEntry) row[0];
            CaseState to = CaseState.of(e.toState).orElseThrow();
            Map<String, Object> u = Open311Doc.fields();
            u.put("update_id", e.id.toString());
            u.put("service_request_id", row[1]);
            u.put("status", Open311Status.update(to));
            u.put("updated_datetime", Open311Time.format(e.at, z));
            u.put("description", e.note == null || e.note.isBlank() ? to.label().in(lang) : e.note);
            u.put("media_url", null);
            return u;
        }).toList());
    }
}
