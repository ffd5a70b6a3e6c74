package org.gridx.app.assessment;

import static org.gridx.app.assessment.AnalysisStreet.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.FactCatchUp;
import org.gridx.core.clock.GridxClock;

/**
 * The cases the analysis tests look at, reported and moved through the API on chosen days of next year's
 * March and April (the disposal list is in force from its import, so the days must lie ahead):
 * <ul>
 * <li>私搭乱建 opposite 北大: A (5 Apr), B (6 Apr, 20 m north), C (7 Apr, 20 m east) — three reports within
 * 30 m — and D (12 Apr) 120 m south, near but outside a 50 m radius; M (20 Mar) 300 m south, last month;</li>
 * <li>公共厕所 in the west lane of 树林召中心卫生院: T1 (8 Apr 10:00) and T2 (8 Apr 11:00, 7 m away); 私搭乱建 there: E (15 Apr).</li>
 * </ul>
 * A and B go round the whole loop with timed steps (B once reworked), C is left dispatched and T1 accepted, so
 * the bottleneck averages can be worked out by hand (see AnalysisTest).
 */
final class AnalysisData {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int YEAR = LocalDate.now(ZONE).getYear() + 1;

    private static String shared;

    private AnalysisData() {
    }

    /** One street with these cases for every analysis test class (loaded once; figures made current). */
    static synchronized String shared(GridxClock clock, FactCatchUp catchUp, TenantContext tenants) {
        if (shared == null) {
            String code = AnalysisStreet.street("an");
            try {
                load(code, clock);
            } finally {
                clock.reset();
            }
            current(code, catchUp, tenants);
            shared = code;
        }
        return shared;
    }

    static String day(int month, int day) {
        return LocalDate.of(YEAR, month, day).toString();
    }

    static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(YEAR, month, day, hour, minute).atZone(ZONE).toInstant();
    }

    /** Makes the figures current (the projection takes turns with the outbox relay on a case's fact row). */
    static void current(String code, FactCatchUp catchUp, TenantContext tenants) {
        tenants.callAs(code, () -> catchUp.runNow());
    }

    static void load(String t, GridxClock clock) {
        double[] base = OPPOSITE_BEIDA;
        clock.set(at(3, 20, 9, 0));
        report(t, GAO_LIMEI, ILLEGAL_STRUCTURE, offset(base, -300, 0), "平房区南侧私搭棚子（三月）");

        clock.set(at(4, 5, 9, 0));
        String a = report(t, GAO_LIMEI, ILLEGAL_STRUCTURE, base, "北大对面平房区私搭乱建 A");
        step(t, clock, at(4, 5, 9, 10), DISPATCHER, a, "register");
        step(t, clock, at(4, 5, 9, 30), DISPATCHER, a, "dispatch");
        step(t, clock, at(4, 5, 10, 30), CITY_MANAGEMENT, a, "accept");
        clock.set(at(4, 5, 14, 30));
        act(t, CITY_MANAGEMENT, a, "handle", "note", "已拆除", "photos", List.of(photo(t, CITY_MANAGEMENT)));
        step(t, clock, at(4, 5, 15, 0), GAO_LIMEI, a, "close", "note", "现场核查已拆除");

        clock.set(at(4, 6, 9, 0));
        String b = report(t, GAO_LIMEI, ILLEGAL_STRUCTURE, offset(base, 20, 0), "北大对面平房区私搭乱建 B");
        step(t, clock, at(4, 6, 9, 20), DISPATCHER, b, "register");
        step(t, clock, at(4, 6, 9, 40), DISPATCHER, b, "dispatch");
        step(t, clock, at(4, 6, 12, 40), CITY_MANAGEMENT, b, "accept");
        clock.set(at(4, 6, 15, 40));
        act(t, CITY_MANAGEMENT, b, "handle", "note", "已拆除", "photos", List.of(photo(t, CITY_MANAGEMENT)));
        step(t, clock, at(4, 6, 16, 0), GAO_LIMEI, b, "rework", "note", "未拆除干净");
        clock.set(at(4, 6, 18, 0));
        act(t, CITY_MANAGEMENT, b, "handle", "note", "已彻底拆除", "photos", List.of(photo(t, CITY_MANAGEMENT)));
        step(t, clock, at(4, 6, 18, 30), GAO_LIMEI, b, "close", "note", "现场核查已拆除");

        clock.set(at(4, 7, 9, 0));
        String c = report(t, GAO_LIMEI, ILLEGAL_STRUCTURE, offset(base, 0, 20), "北大对面平房区私搭乱建 C");
        step(t, clock, at(4, 7, 9, 30), DISPATCHER, c, "register");
        step(t, clock, at(4, 7, 10, 0), DISPATCHER, c, "dispatch");

        clock.set(at(4, 8, 10, 0));
        String t1 = report(t, WU_XIUHUA, PUBLIC_TOILET, HEALTH_CENTRE_WEST_LANE, "卫生院西巷公厕墙体开裂");
        step(t, clock, at(4, 8, 10, 5), DISPATCHER, t1, "register");
        step(t, clock, at(4, 8, 10, 10), DISPATCHER, t1, "dispatch");
        clock.set(at(4, 8, 11, 0));
        report(t, WU_XIUHUA, PUBLIC_TOILET, offset(HEALTH_CENTRE_WEST_LANE, 5, 5), "卫生院西巷公厕门坏");
        step(t, clock, at(4, 8, 11, 10), PUBLIC_UTILITY, t1, "accept");

        clock.set(at(4, 12, 9, 0));
        report(t, GAO_LIMEI, ILLEGAL_STRUCTURE, offset(base, -120, 0), "北大对面平房区南段私搭乱建 D");
        clock.set(at(4, 15, 9, 0));
        report(t, WU_XIUHUA, ILLEGAL_STRUCTURE, offset(HEALTH_CENTRE_WEST_LANE, -50, 0), "卫生院西巷私搭乱建 E");
    }

    private static void step(String t, GridxClock clock, Instant when, String user, String id, Object... action) {
        clock.set(when);
        act(t, user, id, action);
    }
}
