package org.gridx.core.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.tenancy.service.TenantDirectory;
import org.gridx.core.timer.service.WorkCalendar;
import org.hibernate.query.NativeQuery;

/**
 * The current tenant's calendar in {@code work_calendar} and {@code work_calendar_day}. Native SQL because
 * the calendar row is keyed by the tenant alone (no entity id); the explicit tenant condition is wall 1,
 * row-level security wall 2. {@link #current()} parses a calendar once per version and replica, checking
 * the version once per transaction ({@link CalendarRow}: one small query, or none after intake's first read),
 * so an edit on one replica is in force on all at once.
 */
@ApplicationScoped
@Transactional
public class CalendarStore {

    private record Parsed(int version, ZoneId zone, WorkCalendar calendar) {
    }

    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;
    @Inject
    TenantContext tenants;
    @Inject
    TenantDirectory directory;
    @Inject
    CalendarRow row;

    /** The current tenant's limits arithmetic; natural hours when it has set no calendar. */
    public WorkCalendar current() {
        String tenant = tenants.require();
        ZoneId zone = directory.zone(tenant);
        CalendarRow.Seen row = this.row.get();
        if (row.natural()) {
            return NaturalTime.INSTANCE;
        }
        int version = row.version();
        Parsed p = parsed.get(tenant);
        if (p == null || p.version != version || !p.zone.equals(zone)) {
            CalendarView v = view();
            CalendarCheck.Checked c = CalendarCheck.check(new CalendarInput(v.mode(), v.week(), v.days()));
            p = new Parsed(version, zone, new WorkingTime(c.schedule(), zone));
            parsed.put(tenant, p);
        }
        return p.calendar;
    }

    /** Reads of the calendar tables only, so a case being moved is not flushed just to learn a deadline. */
    private jakarta.persistence.Query calendarRead(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace("work_calendar")
                .addSynchronizedQuerySpace("work_calendar_day");
    }

    public CalendarView view() {
        String tenant = tenants.require();
        String zone = directory.zone(tenant).getId();
        List<?> rows = calendarRead("SELECT mode, CAST(week AS text), updated_at, updated_by FROM work_calendar"
                + " WHERE tenant_id = :t").setParameter("t", tenant).getResultList();
        if (rows.isEmpty()) {
            return new CalendarView("natural", zone, WeekJson.view(WorkSchedule.standard()), List.of(), false, null, null);
        }
        Object[] r = (Object[]) rows.get(0);
        List<?> dayRows = calendarRead("SELECT CAST(day AS text), kind, note FROM work_calendar_day"
                + " WHERE tenant_id = :t ORDER BY day").setParameter("t", tenant).getResultList();
        List<CalendarInput.Day> days = dayRows.stream().map(o -> (Object[]) o)
                .map(d -> new CalendarInput.Day((String) d[0], (String) d[1], (String) d[2])).toList();
        return new CalendarView((String) r[0], zone, WeekJson.read((String) r[1]), days, true,
                instant(r[2]), (String) r[3]);
    }

    /** Replaces the current tenant's calendar (after {@link CalendarCheck}); returns what is now in force. */
    public CalendarView replace(CalendarInput in, String by) {
        CalendarCheck.Checked c = CalendarCheck.check(in);
        String tenant = tenants.require();
        row.forget();
        em.createNativeQuery("""
                INSERT INTO work_calendar (tenant_id, mode, week, updated_by) VALUES (:t, :mode, CAST(:week AS jsonb), :by)
                ON CONFLICT (tenant_id) DO UPDATE SET mode = EXCLUDED.mode, week = EXCLUDED.week,
                    version = work_calendar.version + 1, updated_at = now(), updated_by = EXCLUDED.updated_by""")
                .setParameter("t", tenant).setParameter("mode", c.mode()).setParameter("week", WeekJson.write(c.schedule()))
                .setParameter("by", by).executeUpdate();
        em.createNativeQuery("DELETE FROM work_calendar_day WHERE tenant_id = :t").setParameter("t", tenant).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO work_calendar_day (tenant_id, day, kind, note)
                SELECT :t, CAST(d AS date), k, n FROM unnest(CAST(:days AS text[]), CAST(:kinds AS text[]),
                    CAST(:notes AS text[])) AS x (d, k, n)""")
                .setParameter("t", tenant)
                .setParameter("days", c.days().stream().map(CalendarInput.Day::day).toArray(String[]::new))
                .setParameter("kinds", c.days().stream().map(CalendarInput.Day::kind).toArray(String[]::new))
                .setParameter("notes", c.days().stream().map(CalendarInput.Day::note).toArray(String[]::new))
                .executeUpdate();
        return view();
    }

    private static Instant instant(Object timestamp) {
        if (timestamp instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return timestamp instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) timestamp;
    }
}
