package org.gridx.app.elements;

import static io.restassured.RestAssured.given;
import static org.gridx.app.elements.ElementFixtures.COMMUNITY;
import static org.gridx.app.elements.ElementFixtures.GRID_A;
import static org.gridx.app.elements.ElementFixtures.GRID_B;
import static org.gridx.app.elements.ElementFixtures.admin;
import static org.gridx.app.elements.ElementFixtures.idCard;
import static org.gridx.app.elements.ElementFixtures.register;
import static org.gridx.app.elements.ElementFixtures.resident;
import static org.gridx.app.elements.ElementFixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Residents: encryption at rest, masking, validation, scope per role, audited reveal, tenant isolation. */
@QuarkusTest
class ResidentsApiTest {

    @Test
    void personalNumbersAreEncryptedAtRestMaskedInTheApiAndFoundExactlyByBlindIndex() {
        String t = ElementFixtures.tenant();
        String id = idCard(1950, 1);
        String rid = register(t, admin(t), resident("王秀英", id, "138 0047 5678", GRID_A)).statusCode(201)
                .body("idCard", equalTo(id.substring(0, 4) + "**********" + id.substring(14)))
                .body("phone", equalTo("138****5678")).body("birthYear", equalTo(1950))
                .body("tags", equalTo(List.of("elderly-alone"))).body("gridCode", equalTo(GRID_A))
                .extract().path("id");
        Map<String, Object> row = AdminSql.query("SELECT * FROM resident WHERE tenant_id = ? AND id = ?::uuid", t, rid).get(0);
        for (Object v : row.values()) {
            String text = v instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) + HexFormat.of().formatHex(b) : String.valueOf(v);
            assertFalse(text.contains(id) || text.contains("13800475678") || text.contains(id.substring(6, 14)), "clear value in " + row);
        }
        given().auth().oauth2(admin(t)).queryParam("idCard", id.toLowerCase()).get("/api/t/" + t + "/residents")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(rid));
        given().auth().oauth2(admin(t)).queryParam("phone", "+86 13800475678").get("/api/t/" + t + "/residents")
                .then().body("total", equalTo(1));
        given().auth().oauth2(admin(t)).queryParam("idCard", idCard(1950, 2)).get("/api/t/" + t + "/residents")
                .then().body("total", equalTo(0));
        given().auth().oauth2(admin(t)).queryParam("tag", "elderly-alone").queryParam("name", "秀")
                .get("/api/t/" + t + "/residents").then().body("total", equalTo(1));
        register(t, admin(t), resident("重复", id, "13900000000", GRID_B)).statusCode(409).body("errors[0].pointer", equalTo("/idCard"));
    }

    @Test
    void invalidNumbersAndUnknownGridsAreEachReportedWithWhereAndHow() {
        String t = ElementFixtures.tenant();
        String good = idCard(1980, 5);
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        register(t, admin(t), Map.of("name", "李四", "gender", "男", "idCard", badCheck, "phone", "12345678901",
                "gridCode", "150621901001999", "birthYear", 1990)).statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", equalTo(List.of("/idCard", "/phone", "/gridCode")))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("check digit"));
        register(t, admin(t), Map.of("name", "李四", "gender", "x", "idCard", "15062119800230001X", "gridCode", GRID_A))
                .statusCode(422).body("errors.pointer", equalTo(List.of("/gender", "/idCard")));
        register(t, admin(t), Map.of("name", "李四", "gender", "男", "idCard", good, "birthYear", 1990, "gridCode", GRID_A))
                .statusCode(422).body("errors[0].pointer", equalTo("/birthYear"));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM resident WHERE tenant_id = ?", t));
    }

    @Test
    void staffSeeTheirScopesSubtreeOnlyAndResidentsNothing() {
        String t = ElementFixtures.tenant();
        String a = register(t, admin(t), resident("甲居民", idCard(1960, 10), "13800000001", GRID_A)).statusCode(201).extract().path("id");
        String b = register(t, admin(t), resident("乙居民", idCard(1960, 11), "13800000002", GRID_B)).statusCode(201).extract().path("id");
        String informantA = token(t, "inf-a", "informant", GRID_A);
        given().auth().oauth2(informantA).get("/api/t/" + t + "/residents").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(a));
        given().auth().oauth2(informantA).get("/api/t/" + t + "/residents/" + b).then().statusCode(404);
        given().auth().oauth2(token(t, "sup", "supervisor", COMMUNITY)).get("/api/t/" + t + "/residents")
                .then().body("total", equalTo(2));
        given().auth().oauth2(token(t, "sup", "supervisor", COMMUNITY)).queryParam("grid", GRID_B)
                .get("/api/t/" + t + "/residents").then().body("items.id", equalTo(List.of(b)));
        given().auth().oauth2(token(t, "disp", "dispatcher")).get("/api/t/" + t + "/residents").then().body("total", equalTo(0));
        given().auth().oauth2(token(t, "res", "resident", GRID_A)).get("/api/t/" + t + "/residents").then().statusCode(403);
        register(t, informantA, resident("越界", idCard(1961, 12), "13800000003", GRID_B)).statusCode(422)
                .body("errors[0].pointer", equalTo("/gridCode"));
    }

    @Test
    void revealIsForTheGridsSpecialistInformantAndAdminWithAReasonAndEveryRevealIsAudited() {
        String t = ElementFixtures.tenant();
        String id = idCard(1945, 20);
        String rid = register(t, admin(t), resident("赵大爷", id, "13912345678", GRID_A)).statusCode(201).extract().path("id");
        String url = "/api/t/" + t + "/residents/" + rid + "/reveal";
        given().auth().oauth2(token(t, "inf-a", "informant", GRID_A)).contentType("application/json")
                .body(Map.of("field", "id_card", "reason", "入户走访核对身份")).post(url).then().statusCode(200)
                .body("value", equalTo(id));
        given().auth().oauth2(token(t, "spec", "specialist", GRID_A)).contentType("application/json")
                .body(Map.of("field", "phone", "reason", "联系子女")).post(url).then().statusCode(200).body("value", equalTo("13912345678"));
        given().auth().oauth2(token(t, "disp", "dispatcher", GRID_A)).contentType("application/json")
                .body(Map.of("field", "phone", "reason", "想看看")).post(url).then().statusCode(403);
        given().auth().oauth2(token(t, "inf-b", "informant", GRID_B)).contentType("application/json")
                .body(Map.of("field", "phone", "reason", "想看看")).post(url).then().statusCode(404);
        given().auth().oauth2(token(t, "inf-a", "informant", GRID_A)).contentType("application/json")
                .body(Map.of("field", "phone")).post(url).then().statusCode(400);
        given().auth().oauth2(token(t, "inf-a", "informant", GRID_A)).contentType("application/json")
                .body(Map.of("field", "address", "reason", "核对")).post(url).then().statusCode(422);
        given().auth().oauth2(token(t, "res", "resident", GRID_A)).contentType("application/json")
                .body(Map.of("field", "phone", "reason", "核对")).post(url).then().statusCode(403);
        List<Map<String, Object>> audit = AdminSql.query(
                "SELECT actor, field, reason, resident_id::text AS rid FROM element_reveal WHERE tenant_id = ? ORDER BY revealed_at", t);
        assertEquals(List.of("inf-a", "spec"), audit.stream().map(r -> r.get("actor")).toList());
        assertEquals(List.of("id_card", "phone"), audit.stream().map(r -> r.get("field")).toList());
        assertEquals(rid, audit.get(0).get("rid"));
        given().auth().oauth2(admin(t)).get("/api/t/" + t + "/element-reveals").then().statusCode(200)
                .body("actor", equalTo(List.of("spec", "inf-a"))).body("reason", hasItem("入户走访核对身份"));
        given().auth().oauth2(token(t, "inf-a", "informant", GRID_A)).get("/api/t/" + t + "/element-reveals").then().statusCode(403);
    }

    @Test
    void anotherTenantsTokenFindsNothingAndChangesNothing() {
        String a = ElementFixtures.tenant();
        String b = ElementFixtures.tenant();
        String rb = register(b, admin(b), resident("乙方居民", idCard(1970, 30), "13700000000", GRID_A)).statusCode(201).extract().path("id");
        String adminA = admin(a);
        for (String path : List.of("/residents", "/residents/" + rb, "/element-reveals", "/residents/export")) {
            given().auth().oauth2(adminA).get("/api/t/" + b + path).then().statusCode(404);
        }
        given().auth().oauth2(adminA).contentType("application/json").body(Map.of("field", "phone", "reason", "跨租户"))
                .post("/api/t/" + b + "/residents/" + rb + "/reveal").then().statusCode(404);
        given().auth().oauth2(adminA).contentType("application/json").body(Map.of("field", "phone", "reason", "跨租户"))
                .post("/api/t/" + a + "/residents/" + rb + "/reveal").then().statusCode(404);
        given().auth().oauth2(adminA).get("/api/t/" + a + "/residents/" + rb).then().statusCode(404);
        given().auth().oauth2(adminA).get("/api/t/" + a + "/residents").then().body("items.id", not(hasItem(rb)));
        register(b, adminA, resident("闯入", idCard(1970, 31), "13700000001", GRID_A)).statusCode(404);
        assertEquals(0, AdminSql.count("SELECT count(*) FROM element_reveal WHERE tenant_id IN (?, ?)", a, b));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM resident WHERE tenant_id = ?", b));
        assertNotNull(AdminSql.query("SELECT phone_enc FROM resident WHERE tenant_id = ?", b).get(0).get("phone_enc"));
    }
}
