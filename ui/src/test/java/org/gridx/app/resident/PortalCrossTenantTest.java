package org.gridx.app.resident;

import static io.restassured.RestAssured.given;
import static org.gridx.app.resident.ResidentFixture.*;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Two streets: nobody of A reaches B's registrations, profile, news, notification settings or places — not on
 * B's URLs (404) and not with B's ids on A's own URLs (404) — and B's rows stay exactly as they were.
 */
@QuarkusTest
class PortalCrossTenantTest {

    @Test
    void everyPortalEndpointOfAnotherTenantIsNotFoundAndBsRowsStayUnchanged() {
        String a = tenant("pa");
        String b = tenant("pb");
        places(a);
        Places pb = places(b);
        String reg = register(b, "li.min", "李敏", pb.unit1()).getString("id");
        String news = as(b, "admin").body(Map.of("titleZh", "B的动态", "bodyZh", "正文")).post("/api/t/" + b + "/news")
                .then().statusCode(201).extract().path("id");
        as(b, "li.min").body(Map.of("delivery", "daily")).put("/api/t/" + b + "/notifications/settings").then().statusCode(200);
        String bBase = "/api/t/" + b;

        for (String user : List.of("admin", "gao.limei", "zhuanyuan", "li.min")) {
            String token = Tokens.of(a, user, role(user));
            for (String path : List.of("/registrations", "/registrations/" + reg, "/profile", "/news", "/news/" + news,
                    "/notifications/settings", "/portal/places", "/portal/places?parent=" + pb.compound1())) {
                given().auth().oauth2(token).get(bBase + path).then().statusCode(404).contentType("application/problem+json");
            }
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("decision", "verify"))
                    .post(bBase + "/registrations/" + reg + "/decision").then().statusCode(404);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("displayName", "x", "phone", "13800000000"))
                    .put(bBase + "/profile").then().statusCode(404);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("titleZh", "x", "bodyZh", "y"))
                    .post(bBase + "/news").then().statusCode(404);
            given().auth().oauth2(token).delete(bBase + "/news/" + news).then().statusCode(404);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("delivery", "immediate"))
                    .put(bBase + "/notifications/settings").then().statusCode(404);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(registration("intruder", "x", "13800000000", pb.unit1())).post(bBase + "/registrations").then().statusCode(404);
        }

        // B's ids on A's own URLs: nothing of B's exists in A
        String aBase = "/api/t/" + a;
        as(a, "admin").get(aBase + "/registrations/" + reg).then().statusCode(404);
        as(a, "admin").body(Map.of("decision", "verify")).post(aBase + "/registrations/" + reg + "/decision").then().statusCode(404);
        as(a, "admin").get(aBase + "/registrations").then().statusCode(200).body("size()", equalTo(0));
        as(a, "admin").delete(aBase + "/news/" + news).then().statusCode(404);
        given().get(aBase + "/news/" + news).then().statusCode(404);
        given().get(aBase + "/news").then().statusCode(200).body("size()", equalTo(0));
        given().get(aBase + "/portal/places?parent=" + pb.compound1()).then().statusCode(200).body("size()", equalTo(0));
        // li.min of A (a token for a username that only B has) has no registration here
        as(a, "li.min").get(aBase + "/profile").then().statusCode(404);

        var row = AdminSql.query("SELECT state, decided_by FROM resident_registration WHERE id = ?::uuid", reg).get(0);
        assertEquals("pending", row.get("state"));
        assertEquals(null, row.get("decided_by"));
        assertEquals(null, AdminSql.query("SELECT withdrawn_at FROM news_item WHERE id = ?::uuid", news).get(0).get("withdrawn_at"));
        assertEquals("daily", AdminSql.query("SELECT p.delivery FROM notification_preference p WHERE p.tenant_id = ?", b).get(0).get("delivery"));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM resident_registration WHERE tenant_id = ?", a));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM news_item WHERE tenant_id = ?", a));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM notification_preference WHERE tenant_id = ?", a));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM account WHERE tenant_id = ? AND username = 'intruder'", b));
    }

    @Test
    void residentPostsOfAnotherTenantAreNotListed() {
        String a = tenant("pc");
        String b = tenant("pd");
        Places pb = places(b);
        verifiedResident(b, "li.min", "李敏", pb.unit1(), "gao.limei");
        ResidentPostsTest.assign(b, "building-head", G1, pb.building1(), "li.min", "election:b1");
        as(b, "admin").get("/api/t/" + b + "/staffing/resident-posts").then().statusCode(200).body("size()", equalTo(1));
        as(a, "admin").get("/api/t/" + a + "/staffing/resident-posts").then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(Tokens.of(a, "admin", "tenant-admin")).get("/api/t/" + b + "/staffing/resident-posts")
                .then().statusCode(404);
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM resident_post WHERE tenant_id = ?", a));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM resident_post_change WHERE tenant_id = ?", a));
    }
}
