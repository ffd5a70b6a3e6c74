package org.gridx.app.casework;

import static org.gridx.app.casework.Loop.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.gridx.core.casework.domain.TimelineEntry;
import org.gridx.core.casework.service.TimelineHash;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The record (台账) is append-only and hash-chained: the application's role cannot change or remove an
 * entry, a trigger stops even the owner, and what a superuser changes behind everyone's back is found.
 */
@QuarkusTest
class CaseRecordTamperTest {

    /** Runs statements as the superuser in one session with triggers off (replica role), as an attacker with full access could. */
    static void behindTheBack(String... sql) {
        try (Connection c = AdminSql.connect(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            for (String q : sql) {
                s.execute(q);
            }
            s.execute("SET session_replication_role = DEFAULT");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aChangedNoteIsFoundAtItsEntryByTheCaseChainAndTheTenantRecord() {
        String t = street("tamper");
        String id = handled(t, "北大对面违建");
        String other = registered(t, "另一案卷");
        as(t, ADMIN).get(base(t) + "/cases/" + id + "/chain").then().statusCode(200)
                .body("intact", equalTo(true)).body("entries", equalTo(5));

        behindTheBack("UPDATE case_timeline SET note = '未核实' WHERE tenant_id = '" + t + "' AND case_id = '" + id + "' AND seq = 2");
        assertEquals("未核实", AdminSql.query("SELECT note FROM case_timeline WHERE tenant_id = ? AND case_id = ?::uuid AND seq = 2",
                t, id).get(0).get("note"), "the change really happened");

        as(t, ADMIN).get(base(t) + "/cases/" + id + "/chain").then().statusCode(200)
                .body("intact", equalTo(false)).body("brokenAt", equalTo(2))
                .body("problem", containsString("entry 2 was changed"));
        as(t, DISPATCHER).get(base(t) + "/cases/" + other + "/chain").then().body("intact", equalTo(true));
        as(t, ADMIN).get(base(t) + "/record/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("cases", equalTo(2))
                .body("broken", hasSize(1)).body("broken[0].caseId", equalTo(id)).body("broken[0].brokenAt", equalTo(2));
        // the trigger is back on: even the superuser cannot change the record now without switching it off
        assertThrows(IllegalStateException.class, () -> AdminSql.update(
                "UPDATE case_timeline SET note = 'x' WHERE tenant_id = ? AND case_id = ?::uuid", t, id));
    }

    @Test
    void aRehashedEntryBreaksTheLinkToTheNextAndARemovedLastEntryIsFoundToo() {
        String t = street("tamper2");
        String id = handled(t, "北大对面违建");
        // whoever rewrites an entry and recomputes its hash still breaks the next entry's link to it
        TimelineEntry e = entry(t, id, 3);
        e.note = "无人签收";
        String forged = TimelineHash.of(e, number(t, id));
        behindTheBack("UPDATE case_timeline SET note = '无人签收', hash = '" + forged + "' WHERE tenant_id = '" + t
                + "' AND case_id = '" + id + "' AND seq = 3");
        as(t, ADMIN).get(base(t) + "/cases/" + id + "/chain").then().body("intact", equalTo(false)).body("brokenAt", equalTo(4))
                .body("problem", containsString("entry 4 does not follow entry 3"));

        String last = handled(t, "最后一条被删");
        behindTheBack("DELETE FROM case_photo WHERE tenant_id = '" + t + "' AND case_id = '" + last + "' AND timeline_seq = 5",
                "DELETE FROM case_timeline WHERE tenant_id = '" + t + "' AND case_id = '" + last + "' AND seq = 5");
        as(t, ADMIN).get(base(t) + "/cases/" + last + "/chain").then().statusCode(200)
                .body("intact", equalTo(false)).body("entries", equalTo(4)).body("brokenAt", equalTo(5))
                .body("problem", containsString("recorded 5"));
        as(t, ADMIN).get(base(t) + "/record/verify").then()
                .body("intact", equalTo(false)).body("broken.caseId", hasItem(last)).body("broken", hasSize(2));

        String gap = handled(t, "中间一条被删");
        behindTheBack("DELETE FROM case_timeline WHERE tenant_id = '" + t + "' AND case_id = '" + gap + "' AND seq = 2");
        as(t, ADMIN).get(base(t) + "/cases/" + gap + "/chain").then()
                .body("intact", equalTo(false)).body("brokenAt", equalTo(2)).body("problem", containsString("missing"));
    }

    @Test
    void theApplicationRoleCannotUpdateOrDeleteTimelineRowsAndTheOwnerIsStoppedByTheTrigger() throws SQLException {
        String t = street("append");
        String id = registered(t, "只追加");
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection app = DriverManager.getConnection(url, PostgresTestResource.APP,
                config.getValue("quarkus.datasource.password", String.class))) {
            stamp(app, t);
            assertEquals(2, countRows(app, id), "the app role reads its tenant's record");
            SQLException update = assertThrows(SQLException.class, () -> exec(app,
                    "UPDATE case_timeline SET note = 'x' WHERE case_id = '" + id + "'"));
            assertEquals("42501", update.getSQLState());
            assertTrue(update.getMessage().contains("permission denied"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> exec(app,
                    "DELETE FROM case_timeline WHERE case_id = '" + id + "'"));
            assertEquals("42501", delete.getSQLState());
            assertTrue(delete.getMessage().contains("permission denied"), delete.getMessage());
        }
        try (Connection owner = DriverManager.getConnection(url, PostgresTestResource.OWNER,
                config.getValue("quarkus.liquibase.password", String.class))) {
            stamp(owner, t);
            SQLException refused = assertThrows(SQLException.class, () -> exec(owner,
                    "DELETE FROM case_timeline WHERE tenant_id = '" + t + "' AND case_id = '" + id + "'"));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertEquals(2L, AdminSql.count("SELECT count(*) FROM case_timeline WHERE tenant_id = ? AND case_id = ?::uuid", t, id));
        as(t, ADMIN).get(base(t) + "/cases/" + id + "/chain").then().body("intact", equalTo(true));
    }

    /** An entry as stored, read past both walls. */
    static TimelineEntry entry(String tenant, String caseId, int seq) {
        var row = AdminSql.query("SELECT * FROM case_timeline WHERE tenant_id = ? AND case_id = ?::uuid AND seq = ?",
                tenant, caseId, seq).get(0);
        TimelineEntry e = new TimelineEntry();
        e.tenantId = tenant;
        e.caseId = UUID.fromString(caseId);
        e.seq = seq;
        e.at = ((java.sql.Timestamp) row.get("at")).toInstant();
        e.fromState = (String) row.get("from_state");
        e.action = (String) row.get("action");
        e.toState = (String) row.get("to_state");
        e.actor = (String) row.get("actor");
        e.actorRole = (String) row.get("actor_role");
        e.note = (String) row.get("note");
        try {
            e.data = new com.fasterxml.jackson.databind.ObjectMapper().readValue(row.get("data").toString(),
                    new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        e.prevHash = (String) row.get("prev_hash");
        assertEquals(row.get("hash"), TimelineHash.of(e, number(tenant, caseId)), "the test recomputes hashes as the platform does");
        return e;
    }

    static String number(String tenant, String caseId) {
        return (String) AdminSql.query("SELECT number FROM case_file WHERE tenant_id = ? AND id = ?::uuid", tenant, caseId)
                .get(0).get("number");
    }

    private static void stamp(Connection c, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
            ps.setString(1, tenant);
            ps.execute();
        }
    }

    private static long countRows(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM case_timeline WHERE case_id = ?")) {
            ps.setObject(1, UUID.fromString(caseId));
            var rs = ps.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
