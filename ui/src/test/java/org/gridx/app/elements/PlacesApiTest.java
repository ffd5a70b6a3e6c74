package org.gridx.app.elements;

import static io.restassured.RestAssured.given;
import static org.gridx.app.elements.ElementFixtures.GRID_A;
import static org.gridx.app.elements.ElementFixtures.GRID_B;
import static org.gridx.app.elements.ElementFixtures.admin;
import static org.gridx.app.elements.ElementFixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Places (地: compound → building → unit → house) and households (户): tree rules, scope, tenant isolation. */
@QuarkusTest
class PlacesApiTest {

    static ValidatableResponse post(String tenant, String token, String what, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/t/" + tenant + "/" + what).then();
    }

    static Map<String, Object> place(String kind, String name, String parentId, String gridCode) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind);
        m.put("name", name);
        if (parentId != null) {
            m.put("parentId", parentId);
        }
        if (gridCode != null) {
            m.put("gridCode", gridCode);
        }
        return m;
    }

    @Test
    void theTreeIsBuiltCompoundBuildingUnitHouseWithGridInherited() {
        String t = ElementFixtures.tenant();
        String inf = token(t, "inf-a", "informant", GRID_A);
        String compound = post(t, inf, "places", place("compound", "幸福小区", null, GRID_A)).statusCode(201)
                .body("gridCode", equalTo(GRID_A)).body("parentId", nullValue()).extract().path("id");
        String building = post(t, inf, "places", place("building", "1号楼", compound, null)).statusCode(201)
                .body("gridCode", equalTo(GRID_A)).body("parentId", equalTo(compound)).extract().path("id");
        String unit = post(t, inf, "places", place("unit", "1单元", building, null)).statusCode(201).extract().path("id");
        String house = post(t, inf, "places", place("house", "101", unit, null)).statusCode(201)
                .body("kind", equalTo("house")).body("gridCode", equalTo(GRID_A)).extract().path("id");

        given().auth().oauth2(inf).get("/api/t/" + t + "/places/" + compound).then().statusCode(200)
                .body("name", equalTo("幸福小区")).body("children.id", equalTo(List.of(building)));
        given().auth().oauth2(inf).get("/api/t/" + t + "/places/" + unit).then().statusCode(200)
                .body("children.id", equalTo(List.of(house)));
        given().auth().oauth2(inf).queryParam("parent", building).get("/api/t/" + t + "/places").then().statusCode(200)
                .body("id", equalTo(List.of(unit)));
        given().auth().oauth2(admin(t)).queryParam("grid", "150621901001").get("/api/t/" + t + "/places").then()
                .body("size()", equalTo(4));
        given().auth().oauth2(admin(t)).queryParam("grid", GRID_B).get("/api/t/" + t + "/places").then().body("size()", equalTo(0));
        // a supervisor reads, but may not create
        String sup = token(t, "sup", "supervisor", GRID_A);
        given().auth().oauth2(sup).get("/api/t/" + t + "/places").then().statusCode(200).body("size()", equalTo(4));
        post(t, sup, "places", place("compound", "别的小区", null, GRID_A)).statusCode(403);
        given().auth().oauth2(token(t, "res", "resident", GRID_A)).get("/api/t/" + t + "/places").then().statusCode(403);
    }

    @Test
    void wrongParentKindMissingParentAndDuplicatesAreRefused() {
        String t = ElementFixtures.tenant();
        String a = admin(t);
        String compound = post(t, a, "places", place("compound", "和平小区", null, GRID_A)).statusCode(201).extract().path("id");
        String building = post(t, a, "places", place("building", "2号楼", compound, null)).statusCode(201).extract().path("id");

        post(t, a, "places", place("house", "201", building, null)).statusCode(422)
                .body("errors[0].pointer", equalTo("/parentId"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("unit"));
        post(t, a, "places", place("unit", "1单元", compound, null)).statusCode(422).body("errors.pointer", equalTo(List.of("/parentId")));
        post(t, a, "places", place("building", "3号楼", null, GRID_A)).statusCode(422).body("errors.pointer", equalTo(List.of("/parentId")));
        post(t, a, "places", place("compound", "子小区", compound, GRID_A)).statusCode(422).body("errors.pointer", equalTo(List.of("/parentId")));
        post(t, a, "places", place("compound", "无网格", null, null)).statusCode(422).body("errors.pointer", equalTo(List.of("/gridCode")));
        post(t, a, "places", place("unit", "1单元", "0190a0b0-0000-7000-8000-000000000000", null)).statusCode(422)
                .body("errors.pointer", equalTo(List.of("/parentId")));
        post(t, a, "places", place("castle", "城堡", null, GRID_A)).statusCode(400);
        given().auth().oauth2(a).contentType("application/json").body("{\"kind\":\"unit\",\"name\":\"x\",\"parentId\":\"not-a-uuid\"}")
                .post("/api/t/" + t + "/places").then().statusCode(400);

        post(t, a, "places", place("building", "2号楼", compound, null)).statusCode(409);
        post(t, a, "places", place("building", " 2号楼 ", compound, null)).statusCode(409);
        post(t, a, "places", place("compound", "和平小区", null, GRID_B)).statusCode(409);
        assertEquals(2, AdminSql.count("SELECT count(*) FROM place WHERE tenant_id = ?", t));
    }

    @Test
    void outOfScopeGridsAndPlacesAreRefusedLikeOtherElements() {
        String t = ElementFixtures.tenant();
        String infA = token(t, "inf-a", "informant", GRID_A);
        String infB = token(t, "inf-b", "informant", GRID_B);
        String compoundA = post(t, infA, "places", place("compound", "甲小区", null, GRID_A)).statusCode(201).extract().path("id");
        // a grid outside the caller's scope is a field problem, as for components and organisations
        post(t, infB, "places", place("compound", "越界小区", null, GRID_A)).statusCode(422)
                .body("errors[0].pointer", equalTo("/gridCode"));
        // a parent outside the caller's scope does not exist for them
        post(t, infB, "places", place("building", "1号楼", compoundA, null)).statusCode(422)
                .body("errors[0].pointer", equalTo("/parentId"));
        post(t, infB, "places", place("building", "1号楼", compoundA, GRID_B)).statusCode(422)
                .body("errors[0].pointer", equalTo("/parentId"));
        given().auth().oauth2(infB).get("/api/t/" + t + "/places/" + compoundA).then().statusCode(404);
        given().auth().oauth2(infB).get("/api/t/" + t + "/places").then().statusCode(200).body("size()", equalTo(0));
        post(t, infB, "households", Map.of("code", "H-OUT", "address", "甲网格1号", "gridCode", GRID_A)).statusCode(422)
                .body("errors[0].pointer", equalTo("/gridCode"));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM place WHERE tenant_id = ?", t));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM household WHERE tenant_id = ?", t));
    }

    @Test
    void householdsAreRegisteredListedInScopeAndShowTheirResidentsMasked() {
        String t = ElementFixtures.tenant();
        String a = admin(t);
        String h1 = post(t, a, "households", Map.of("code", "H-0001", "address", "甲网格幸福小区1号楼101", "gridCode", GRID_A))
                .statusCode(201).body("gridCode", equalTo(GRID_A)).body("residents.size()", equalTo(0)).extract().path("id");
        post(t, token(t, "inf-b", "informant", GRID_B), "households", Map.of("code", "H-0002", "address", "乙网格平房区2号",
                "gridCode", GRID_B)).statusCode(201);
        post(t, a, "households", Map.of("code", "H-0001", "address", "重复", "gridCode", GRID_B)).statusCode(409);
        post(t, a, "households", Map.of("code", "H 0003!", "address", "", "gridCode", GRID_B)).statusCode(400)
                .body("errors.pointer", hasItem("/address"));
        post(t, a, "households", Map.of("code", "H-0004", "address", "某地", "gridCode", "150621901001999")).statusCode(422)
                .body("errors[0].pointer", equalTo("/gridCode"));

        given().auth().oauth2(a).get("/api/t/" + t + "/households").then().body("code", equalTo(List.of("H-0001", "H-0002")));
        given().auth().oauth2(a).queryParam("grid", GRID_B).get("/api/t/" + t + "/households").then().body("code", equalTo(List.of("H-0002")));
        given().auth().oauth2(token(t, "sup-a", "supervisor", GRID_A)).get("/api/t/" + t + "/households").then()
                .body("code", equalTo(List.of("H-0001")));
        given().auth().oauth2(token(t, "sup-b", "supervisor", GRID_B)).get("/api/t/" + t + "/households/" + h1).then().statusCode(404);

        // a resident registered into a household is shown there by id and masked name
        Map<String, Object> r = new HashMap<>(ElementFixtures.resident("王小明", ElementFixtures.idCard(1980, 7), "13800138000", GRID_A));
        r.put("householdCode", "H-0001");
        String rid = ElementFixtures.register(t, a, r).statusCode(201).extract().path("id");
        given().auth().oauth2(a).get("/api/t/" + t + "/households/" + h1).then().statusCode(200)
                .body("code", equalTo("H-0001")).body("residents.id", equalTo(List.of(rid)))
                .body("residents.name", equalTo(List.of("王**")));
    }

    @Test
    void anotherTenantsTokenFindsNothingAndChangesNothing() {
        String b = ElementFixtures.tenant();
        String compoundB = post(b, admin(b), "places", place("compound", "乙方小区", null, GRID_A)).statusCode(201).extract().path("id");
        String householdB = post(b, admin(b), "households", Map.of("code", "H-B1", "address", "乙方1号", "gridCode", GRID_A))
                .statusCode(201).extract().path("id");
        String a = ElementFixtures.tenant();
        String tokenA = admin(a);

        // A's token on B's URLs
        given().auth().oauth2(tokenA).get("/api/t/" + b + "/places").then().statusCode(404);
        given().auth().oauth2(tokenA).get("/api/t/" + b + "/places/" + compoundB).then().statusCode(404);
        given().auth().oauth2(tokenA).get("/api/t/" + b + "/households").then().statusCode(404);
        given().auth().oauth2(tokenA).get("/api/t/" + b + "/households/" + householdB).then().statusCode(404);
        post(b, tokenA, "places", place("building", "入侵楼", compoundB, null)).statusCode(404);
        post(b, tokenA, "households", Map.of("code", "H-X", "address", "入侵", "gridCode", GRID_A)).statusCode(404);
        // A's token on its own URLs, with B's ids
        given().auth().oauth2(tokenA).get("/api/t/" + a + "/places/" + compoundB).then().statusCode(404);
        given().auth().oauth2(tokenA).get("/api/t/" + a + "/households/" + householdB).then().statusCode(404);
        post(a, tokenA, "places", place("building", "入侵楼", compoundB, null)).statusCode(422)
                .body("errors[0].pointer", equalTo("/parentId"));
        given().auth().oauth2(tokenA).get("/api/t/" + a + "/places").then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(tokenA).get("/api/t/" + a + "/households").then().statusCode(200).body("size()", equalTo(0));

        assertEquals(1, AdminSql.count("SELECT count(*) FROM place WHERE tenant_id = ?", b));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM household WHERE tenant_id = ?", b));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM place WHERE tenant_id = ?", a));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM household WHERE tenant_id = ?", a));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM place WHERE tenant_id = ? AND name = '乙方小区' AND parent_id IS NULL", b));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM household WHERE tenant_id = ? AND code = 'H-B1' AND address = '乙方1号'", b));
    }
}
