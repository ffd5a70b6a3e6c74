package org.gridx.app.notification;

import static io.restassured.RestAssured.given;
import static org.gridx.app.live.LiveFixture.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.api.event.DomainEvents;
import org.gridx.api.tenant.TenantContext;
import org.gridx.app.live.LiveFixture;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** The phone page of one's notifications, in both languages, marking read with the page's forms. */
@QuarkusTest
class NotificationPageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    DomainEvents events;
    @Inject
    TenantContext tenants;

    private static Response page(String t, String user, String lang) {
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(t, user))
                .cookie("gridx_lang", lang).get("/t/" + t + "/notifications");
    }

    private static Response submit(String t, String user, Response form, String action) {
        Matcher csrf = CSRF.matcher(form.asString());
        assertTrue(csrf.find(), "the page's forms carry a CSRF token");
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(t, user))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("gridx_csrf", form.getCookie("gridx_csrf")).formParam("csrf", csrf.group(1)).post(action);
    }

    @Test
    void aWorkerReadsAndMarksTheirNotificationsOnThePhonePage() {
        String t = LiveFixture.tenant();
        NotificationApiTest.notify(events, tenants, t, "GY-0926", Set.of("inf.a"));
        NotificationApiTest.notify(events, tenants, t, "GY-1029", Set.of("inf.a", "disp"));
        String one = AdminSql.query("SELECT n.id FROM notification n WHERE tenant_id = ? AND recipient = 'inf.a' "
                + "AND message_zh LIKE '%GY-0926%'", t).get(0).get("id").toString();

        Response zh = page(t, "inf.a", "zh-CN");
        zh.then().statusCode(200).body(containsString("name=\"viewport\"")).body(containsString("案件 GY-0926 已dispatched"))
                .body(containsString("未读 2 条")).body(containsString("href=\"/t/" + t + "/cases/"))
                .body(containsString("href=\"/t/" + t + "/notifications\"")).body(not(containsString("GY-1029 dispatched")));
        page(t, "inf.a", "en").then().statusCode(200).body(containsString("Case GY-0926 dispatched"))
                .body(containsString("2 unread")).body(containsString("Mark all read"));

        submit(t, "inf.a", zh, "/t/" + t + "/notifications/" + one + "/read").then().statusCode(303)
                .header("Location", containsString("/t/" + t + "/notifications"));
        page(t, "inf.a", "zh-CN").then().statusCode(200).body(containsString("未读 1 条"));
        Response again = page(t, "inf.a", "zh-CN");
        submit(t, "inf.a", again, "/t/" + t + "/notifications/read-all").then().statusCode(303);
        page(t, "inf.a", "zh-CN").then().statusCode(200).body(containsString("未读 0 条")).body(not(containsString("id=\"read-all\"")));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM notification WHERE tenant_id = ? AND recipient = 'inf.a' "
                + "AND read_at IS NULL", t));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM notification WHERE tenant_id = ? AND recipient = 'disp' "
                + "AND read_at IS NULL", t), "marking all read is only one's own");

        submit(t, "disp", page(t, "disp", "zh-CN"), "/t/" + t + "/notifications/" + one + "/read").then().statusCode(404);
        page(t, "res.b", "zh-CN").then().statusCode(200).body(containsString("暂无通知"));
    }
}
