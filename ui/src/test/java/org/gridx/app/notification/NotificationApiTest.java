package org.gridx.app.notification;

import static io.restassured.RestAssured.given;
import static org.gridx.app.live.LiveFixture.G1;
import static org.gridx.app.live.LiveFixture.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gridx.api.event.CaseChanged;
import org.gridx.api.event.DomainEvents;
import org.gridx.api.tenant.TenantContext;
import org.gridx.app.event.Cases;
import org.gridx.app.live.LiveFixture;
import org.gridx.core.event.OutboxRelay;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Eventually;
import org.junit.jupiter.api.Test;

/**
 * In-app notifications: one per active recipient of a notifying event, written once even when the event
 * is delivered again; each person reads and marks only their own, and another tenant's are not found.
 */
@QuarkusTest
class NotificationApiTest {

    @Inject
    DomainEvents events;
    @Inject
    TenantContext tenants;
    @Inject
    OutboxRelay relay;

    static CaseChanged notify(DomainEvents events, TenantContext tenants, String tenant, String number, Set<String> recipients) {
        CaseChanged c = Cases.changed(tenant, number, "dispatched", G1, Set.of(), recipients);
        tenants.runAs(tenant, () -> events.publish(c));
        Eventually.outboxSettled(tenant);
        return c;
    }

    private static ValidatableResponse get(String tenant, String user, String path) {
        return given().auth().oauth2(token(tenant, user)).get("/api/t/" + tenant + "/notifications" + path).then();
    }

    private static ValidatableResponse post(String tenant, String user, String path) {
        return given().auth().oauth2(token(tenant, user)).contentType(ContentType.JSON)
                .post("/api/t/" + tenant + "/notifications" + path).then();
    }

    private static String idOf(String tenant, String recipient) {
        return AdminSql.query("SELECT id FROM notification WHERE tenant_id = ? AND recipient = ?", tenant, recipient)
                .get(0).get("id").toString();
    }

    @Test
    void activeRecipientsEachGetOneNotificationEvenWhenTheEventIsDeliveredAgain() {
        String t = LiveFixture.tenant();
        AdminSql.update("UPDATE account SET status = 'disabled' WHERE tenant_id = ? AND username = 'inf.c'", t);
        CaseChanged c = notify(events, tenants, t, "GY-0926", Set.of("inf.a", "disp", "nobody.here", "inf.c"));
        assertEquals(List.of("disp", "inf.a"), AdminSql.query("SELECT recipient FROM notification WHERE tenant_id = ? "
                + "ORDER BY recipient", t).stream().map(r -> r.get("recipient")).toList(), "unknown and disabled names are skipped");

        get(t, "inf.a", "").statusCode(200).body("size()", equalTo(1))
                .body("[0].message.zh", equalTo("案件 GY-0926 已dispatched"))
                .body("[0].message.en", equalTo("Case GY-0926 dispatched"))
                .body("[0].type", equalTo("case.dispatched"))
                .body("[0].link", equalTo("/cases/" + c.caseId()))
                .body("[0].href", equalTo("/t/" + t + "/cases/" + c.caseId()))
                .body("[0].read", equalTo(false));
        get(t, "inf.a", "/count").statusCode(200).body("unread", equalTo(1));
        get(t, "res.a", "").statusCode(200).body("size()", equalTo(0));

        AdminSql.update("UPDATE outbox_event SET delivered_at = NULL, attempts = 0 WHERE tenant_id = ?", t);
        relay.sweep(t);
        Eventually.outboxSettled(t);
        assertEquals(2L, AdminSql.count("SELECT count(*) FROM notification WHERE tenant_id = ?", t), "a redelivery notifies nobody twice");
    }

    @Test
    void eachPersonMarksOnlyTheirOwnNotificationsRead() {
        String t = LiveFixture.tenant();
        notify(events, tenants, t, "GY-1", Set.of("inf.a", "disp"));
        notify(events, tenants, t, "GY-2", Set.of("disp"));
        String mine = idOf(t, "inf.a");
        String theirs = AdminSql.query("SELECT id FROM notification WHERE tenant_id = ? AND recipient = 'disp' LIMIT 1", t)
                .get(0).get("id").toString();

        String readAt = post(t, "inf.a", "/" + mine + "/read").statusCode(200).body("read", equalTo(true))
                .body("readAt", notNullValue()).extract().path("readAt");
        post(t, "inf.a", "/" + mine + "/read").statusCode(200).body("readAt", equalTo(readAt));
        get(t, "inf.a", "?unread=true").statusCode(200).body("size()", equalTo(0));
        post(t, "inf.a", "/" + theirs + "/read").statusCode(404).contentType("application/problem+json");
        assertEquals(2L, AdminSql.count("SELECT count(*) FROM notification WHERE tenant_id = ? AND recipient = 'disp' "
                + "AND read_at IS NULL", t), "someone else's notification stays unread");

        get(t, "disp", "?unread=true&limit=1").statusCode(200).body("size()", equalTo(1));
        post(t, "disp", "/read-all").statusCode(200).body("marked", equalTo(2));
        get(t, "disp", "/count").statusCode(200).body("unread", equalTo(0));
        get(t, "disp", "").statusCode(200).body("size()", equalTo(2)).body("[0].read", equalTo(true));
    }

    @Test
    void anotherTenantsNotificationsAreNotFoundAndStayUnchanged() {
        String a = LiveFixture.tenant();
        String b = LiveFixture.tenant();
        notify(events, tenants, b, "B-1", Set.of("disp"));
        String bId = idOf(b, "disp");

        post(a, "disp", "/" + bId + "/read").statusCode(404);
        get(a, "disp", "").statusCode(200).body("size()", equalTo(0));
        get(a, "disp", "/count").statusCode(200).body("unread", equalTo(0));
        String bBase = "/api/t/" + b + "/notifications";
        given().auth().oauth2(token(a, "disp")).get(bBase).then().statusCode(404);
        given().auth().oauth2(token(a, "disp")).get(bBase + "/count").then().statusCode(404);
        given().auth().oauth2(token(a, "disp")).contentType(ContentType.JSON).post(bBase + "/" + bId + "/read").then().statusCode(404);
        given().auth().oauth2(token(a, "disp")).contentType(ContentType.JSON).post(bBase + "/read-all").then().statusCode(404);
        post(a, "disp", "/read-all").statusCode(200).body("marked", equalTo(0));

        var row = AdminSql.query("SELECT tenant_id, recipient, read_at FROM notification WHERE id = ?", UUID.fromString(bId)).get(0);
        assertEquals(b, row.get("tenant_id"));
        assertEquals(null, row.get("read_at"), "B's notification was not marked by A");
    }

    @Test
    void badInputIsAProblemThatSaysHowToFixIt() {
        String t = LiveFixture.tenant();
        get(t, "disp", "?limit=0").statusCode(400).contentType("application/problem+json").body(containsString("at least 1"));
        get(t, "disp", "?limit=5000").statusCode(400).body(containsString("at most 200"));
        get(t, "disp", "?unread=maybe").statusCode(400).body(containsString("true or false"));
        post(t, "disp", "/" + UUID.randomUUID() + "/read").statusCode(404).body(containsString("GET"));
        post(t, "disp", "/not-an-id/read").statusCode(404);
        given().get("/api/t/" + t + "/notifications").then().statusCode(401);
    }
}
