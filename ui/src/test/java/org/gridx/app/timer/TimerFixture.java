package org.gridx.app.timer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.testkit.AdminSql;

/** What the timer table really holds, read past both tenancy walls. */
final class TimerFixture {

    /** A moment no other test's timers are due near; tests set the clock around it. */
    static final Instant T0 = Instant.parse("2031-03-03T02:00:00Z");

    private TimerFixture() {
    }

    static List<Map<String, Object>> rows(UUID subject) {
        return AdminSql.query("SELECT tenant_id, id, kind, due_at, fired_at, attempts, last_error, next_try_at,"
                + " payload::text AS payload FROM timer WHERE subject_id = ? ORDER BY created_at, id", subject);
    }

    static Map<String, Object> only(UUID subject) {
        List<Map<String, Object>> rows = rows(subject);
        if (rows.size() != 1) {
            throw new AssertionError("expected one timer for " + subject + ", found " + rows);
        }
        return rows.get(0);
    }

    static Instant instant(Object timestamp) {
        return timestamp == null ? null : ((java.sql.Timestamp) timestamp).toInstant();
    }
}
