package org.gridx.app.assessment;

import static org.gridx.app.assessment.AssessmentStreet.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.timer.service.TimerSweep;

/**
 * Nine cases driven through the real API on one Wednesday, well ahead of real time (limits: 30 min for
 * verify, dispatch, accept and check; handling 48 h for the ramp, 24 h for the grate). Times are local
 * (Asia/Shanghai); what each case adds to the counters is worked out by hand in {@link IndicatorsTest}.
 * <pre>
 * A  G11 inf1 ramp   08:00 report, 08:10 register, 08:20 dispatch, 08:30 accept, 09:30 handle, 09:40 close, 09:50 rated 5
 * B  G11 inf1 ramp   10:00 report, 10:40 register (LATE: 40 min), 10:45 dispatch, 10:50 returned as misrouted by
 *                    city management, 10:55 re-dispatched to sanitation, 11:00 accept, 11:20 handle, 11:30 close, 11:35 rated 2
 * C  G12 inf2 ramp   12:00 report, 12:05 rejected
 * D  G12 inf2 grate  12:30 report, 12:35 resolved on the spot
 * E  G12 inf2 ramp   13:00 report, 13:05 register, 13:10 dispatch, 13:15 accept, 13:20 asks a postponement,
 *                    13:25 approved, 13:30 handle, 13:35 close
 * F  G21 inf3 ramp   14:00 report, 14:05 register, 14:10 dispatch, 14:15 accept, 14:25 handle, 14:30 sent back for
 *                    rework, 14:50 handle again, 14:55 close
 * G  G21 inf3 ramp   15:00 report, 15:05 register, 15:08 escalated by the centre, 15:12 dispatch, 15:14 accept,
 *                    15:20 handle, 15:25 close
 * H  G21 inf3 ramp   15:01 report (the same ramp again), 15:03 merged into G
 * I  G11 inf1 grate  16:00 report, 16:05 register, 16:10 dispatch (sanitation), nobody accepts: at 16:45 the
 *                    sweep marks it overdue (accept limit 16:40) and it stays pending
 * </pre>
 */
final class IndicatorScenario {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final GridxClock clock;
    private final TimerSweep sweep;
    private final String t;
    private final ZonedDateTime day;

    IndicatorScenario(GridxClock clock, TimerSweep sweep, String tenant, int weeksAhead) {
        this.clock = clock;
        this.sweep = sweep;
        this.t = tenant;
        this.day = ZonedDateTime.now(ZONE).plusWeeks(weeksAhead).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY))
                .with(LocalTime.MIDNIGHT);
    }

    LocalDate day() {
        return day.toLocalDate();
    }

    private void at(int hour, int minute) {
        clock.set(day.with(LocalTime.of(hour, minute)).toInstant());
    }

    void run() {
        at(8, 0);
        String a = report(t, "inf1", RAMP, G11, "A 店门口违章接坡");
        at(8, 10);
        act(t, "disp", a, "action", "register");
        at(8, 20);
        act(t, "disp", a, "action", "dispatch");
        at(8, 30);
        act(t, "chengguan", a, "action", "accept");
        at(9, 30);
        act(t, "chengguan", a, "action", "handle", "note", "已拆除", "photos", List.of(photo(t, "chengguan")));
        at(9, 40);
        act(t, "inf1", a, "action", "close");
        at(9, 50);
        act(t, "inf1", a, "action", "evaluate", "rating", 5);

        at(10, 0);
        String b = report(t, "inf1", RAMP, G11, "B 路边违章接坡");
        at(10, 40);
        act(t, "disp", b, "action", "register");
        at(10, 45);
        act(t, "disp", b, "action", "dispatch");
        at(10, 50);
        returned(t, "chengguan", b, "是排水设施，应由环卫处理");
        at(10, 55);
        act(t, "disp", b, "action", "dispatch", "department", "sanitation", "note", "雨水设施归环卫");
        at(11, 0);
        act(t, "huanwei", b, "action", "accept");
        at(11, 20);
        act(t, "huanwei", b, "action", "handle", "note", "已清理", "photos", List.of(photo(t, "huanwei")));
        at(11, 30);
        act(t, "inf1", b, "action", "close");
        at(11, 35);
        act(t, "inf1", b, "action", "evaluate", "rating", 2);

        at(12, 0);
        String c = report(t, "inf2", RAMP, G12, "C 误报");
        at(12, 5);
        act(t, "disp", c, "action", "reject", "note", "现场核实无此问题");

        at(12, 30);
        String d = report(t, "inf2", GRATE, G12, "D 雨水箅子堵塞");
        at(12, 35);
        act(t, "inf2", d, "action", "resolve-on-spot", "note", "已现场清理", "photosBefore", List.of(photo(t, "inf2")),
                "photosAfter", List.of(photo(t, "inf2")));

        at(13, 0);
        String e = report(t, "inf2", RAMP, G12, "E 违章接坡需采购");
        at(13, 5);
        act(t, "disp", e, "action", "register");
        at(13, 10);
        act(t, "disp", e, "action", "dispatch");
        at(13, 15);
        act(t, "chengguan", e, "action", "accept");
        at(13, 20);
        act(t, "chengguan", e, "action", "request-postponement", "note", "需采购材料", "extension", "PT24H");
        at(13, 25);
        act(t, "disp", e, "action", "approve-postponement", "note", "同意");
        at(13, 30);
        act(t, "chengguan", e, "action", "handle", "note", "已处理", "photos", List.of(photo(t, "chengguan")));
        at(13, 35);
        act(t, "inf2", e, "action", "close");

        at(14, 0);
        String f = report(t, "inf3", RAMP, G21, "F 违章接坡");
        at(14, 5);
        act(t, "disp", f, "action", "register");
        at(14, 10);
        act(t, "disp", f, "action", "dispatch");
        at(14, 15);
        act(t, "chengguan", f, "action", "accept");
        at(14, 25);
        act(t, "chengguan", f, "action", "handle", "note", "已处理", "photos", List.of(photo(t, "chengguan")));
        at(14, 30);
        act(t, "inf3", f, "action", "rework", "note", "未拆干净");
        at(14, 50);
        act(t, "chengguan", f, "action", "handle", "note", "已彻底拆除", "photos", List.of(photo(t, "chengguan")));
        at(14, 55);
        act(t, "inf3", f, "action", "close");

        at(15, 0);
        String g = report(t, "inf3", RAMP, G21, "G 违章接坡涉及多部门");
        at(15, 1);
        String h = report(t, "inf3", RAMP, G21, "H 同一处违章接坡");
        at(15, 3);
        act(t, "disp", h, "action", "merge", "mergeInto", g);
        at(15, 5);
        act(t, "disp", g, "action", "register");
        at(15, 8);
        act(t, "disp", g, "action", "escalate", "note", "涉及多部门，需社区协调");
        at(15, 12);
        act(t, "disp", g, "action", "dispatch");
        at(15, 14);
        act(t, "chengguan", g, "action", "accept");
        at(15, 20);
        act(t, "chengguan", g, "action", "handle", "note", "已拆除", "photos", List.of(photo(t, "chengguan")));
        at(15, 25);
        act(t, "inf3", g, "action", "close");

        at(16, 0);
        String i = report(t, "inf1", GRATE, G11, "I 雨水箅子缺失");
        at(16, 5);
        act(t, "disp", i, "action", "register");
        at(16, 10);
        act(t, "disp", i, "action", "dispatch");
        at(16, 45);
        sweep.sweepOnce();
    }
}
