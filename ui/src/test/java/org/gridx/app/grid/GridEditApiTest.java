package org.gridx.app.grid;

import static org.gridx.app.grid.GridApi.admin;
import static org.gridx.app.grid.GridApi.informant;
import static org.gridx.app.grid.GridApi.rect;
import static org.gridx.app.grid.GridApi.url;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Create, move, split and merge with history; GeoJSON round trip; roles; and tenants never crossing. */
@QuarkusTest
class GridEditApiTest {

    private static final String BEIDA = "150621001001";
    private static final String GRID1 = "150621001001001";
    private static final String LEFT = rect(110.01, 40.40852, 110.012, 40.415);
    private static final String RIGHT = rect(110.012, 40.40852, 110.01504, 40.415);

    private static String part(String code, String boundary) {
        return "{\"code\":\"" + code + "\",\"nameZh\":\"新网格" + code.substring(12) + "\",\"kind\":\"residential-compound\",\"households\":100,\"boundary\":" + boundary + "}";
    }

    @Test
    void splitRetiresTheGridCreatesExactPartsAndKeepsHistoryThenMergeUndoesIt() {
        String t = GridApi.demo();
        admin(t).body("{\"parts\":[" + part(BEIDA + "008", LEFT) + "," + part(BEIDA + "009", RIGHT) + "]}")
                .post(url(t, "nodes/" + GRID1 + "/split")).then().statusCode(200).body("code", equalTo(List.of(BEIDA + "008", BEIDA + "009")));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM grid_node WHERE tenant_id = ? AND code = ? AND retired_at IS NOT NULL", t, GRID1));
        informant(t).get(url(t, "locate?lon=110.011&lat=40.41")).then().body("code", equalTo(BEIDA + "008"));
        informant(t).get(url(t, "coverage")).then().body("ok", equalTo(true));
        informant(t).get(url(t, "nodes/" + GRID1 + "/history")).then().statusCode(200)
                .body("action", equalTo(List.of("split"))).body("[0].actor", equalTo("admin"))
                .body("[0].before.retiredAt", equalTo(null)).body("[0].after.retiredAt", org.hamcrest.Matchers.notNullValue());
        informant(t).get(url(t, "nodes/" + GRID1)).then().statusCode(200).body("retiredAt", org.hamcrest.Matchers.notNullValue());
        admin(t).body("{\"codes\":[\"" + BEIDA + "008\",\"" + BEIDA + "009\"],\"into\":{\"nameZh\":\"北大一网格\"}}")
                .post(url(t, "merge")).then().statusCode(200).body("code", equalTo(BEIDA + "010"))
                .body("households", equalTo(200)).body("boundary.type", equalTo("Polygon"));
        informant(t).get(url(t, "coverage")).then().body("ok", equalTo(true));
        assertEquals(1, AdminSql.count("SELECT count(DISTINCT operation_id) FROM grid_node_history WHERE tenant_id = ? AND action = 'merge'", t));
    }

    @Test
    void aSplitWhosePartsLeaveAGapIsRefusedWithTheGapAndChangesNothing() {
        String t = GridApi.demo();
        admin(t).body("{\"parts\":[" + part(BEIDA + "008", rect(110.01, 40.40852, 110.0119, 40.415)) + "," + part(BEIDA + "009", RIGHT) + "]}")
                .post(url(t, "nodes/" + GRID1 + "/split")).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].message", containsString("in none of its children"));
        admin(t).body("{\"parts\":[" + part("150621001002008", LEFT) + "]}")
                .post(url(t, "nodes/" + GRID1 + "/split")).then().statusCode(400);
        assertEquals(0, AdminSql.count("SELECT count(*) FROM grid_node WHERE tenant_id = ? AND retired_at IS NOT NULL", t));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM grid_node_history WHERE tenant_id = ?", t));
    }

    @Test
    void createThenMoveRecodesTheNodeKeepsItsIdAndFollowsStaffScopes() {
        String t = GridApi.demo();
        admin(t).body("{\"code\":\"" + BEIDA + "011\",\"parent\":\"" + BEIDA + "\",\"nameZh\":\"新建网格\",\"kind\":\"mixed\"}")
                .post(url(t, "nodes")).then().statusCode(200).body("level", equalTo(3)).body("nameEn", equalTo("新建网格"));
        admin(t).body("{\"code\":\"150621001002011\",\"parent\":\"" + BEIDA + "\",\"nameZh\":\"x\",\"kind\":\"street\"}")
                .post(url(t, "nodes")).then().statusCode(422).body("errors.pointer", equalTo(List.of("/code")));
        Object id = AdminSql.query("SELECT id FROM grid_node WHERE tenant_id = ? AND code = ?", t, GRID1).get(0).get("id");
        AdminSql.update("UPDATE account SET grid_scope = ARRAY[?] WHERE tenant_id = ? AND username = (SELECT min(username) FROM account WHERE tenant_id = ?)", GRID1, t, t);
        admin(t).body("{\"parent\":\"150621001002\"}").post(url(t, "nodes/" + GRID1 + "/move")).then().statusCode(200)
                .body("code", equalTo("150621001002008")).body("parent", equalTo("150621001002"));
        assertEquals(id, AdminSql.query("SELECT id FROM grid_node WHERE tenant_id = ? AND code = '150621001002008'", t).get(0).get("id"));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM account WHERE tenant_id = ? AND ? = ANY (grid_scope)", t, GRID1));
        assertEquals(true, AdminSql.count("SELECT count(*) FROM account WHERE tenant_id = ? AND grid_scope = ARRAY['150621001002008']", t) >= 1);
        informant(t).get(url(t, "nodes/150621001002008/history")).then().body("action", hasItem("move"))
                .body("[0].before.code", equalTo(GRID1)).body("[0].note", equalTo("was " + GRID1));
        admin(t).body("{\"parent\":\"150621001\"}").post(url(t, "nodes/150621001002008/move")).then().statusCode(422)
                .body("errors[0].pointer", equalTo("/parent"));
    }

    @Test
    void geoJsonExportImportsBackUnchangedAndAnImportWithAnOverlapIsRefused() {
        String t = GridApi.demo();
        JsonPath fc = informant(t).get(url(t, "geojson/150621001")).then().statusCode(200)
                .body("features", hasSize(33)).body("features[1].properties.parent", equalTo("150621001")).extract().jsonPath();
        String body = informant(t).get(url(t, "geojson/150621001")).asString();
        admin(t).body(body).post(url(t, "geojson")).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(33));
        // grid 1 (the first grid in the file) grows east over grid 2; grid 2 keeps its shape
        String grown = first(first(body, "[110.01504,40.40852]", "[110.0152,40.40852]"), "[110.01504,40.415]", "[110.0152,40.415]");
        admin(t).body(grown).post(url(t, "geojson")).then().statusCode(422).body("errors.message", hasItem(containsString("overlap")));
        informant(t).get(url(t, "geojson/150621001")).then().body("features[2].geometry", equalTo(fc.getMap("features[2].geometry")));
        admin(t).body("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"" + BEIDA
                + "012\",\"name_zh\":\"新\",\"kind\":\"mixed\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}")
                .post(url(t, "geojson")).then().statusCode(422).body("errors[0].pointer", equalTo("/features/0/geometry/type"));
    }

    @Test
    void staffReadAdministratorsWriteAndResidentsNeither() {
        String t = GridApi.demo();
        informant(t).get(url(t, "tree")).then().statusCode(200).body("[0].children", hasSize(4));
        informant(t).body("{\"nameZh\":\"改名\"}").patch(url(t, "nodes/" + GRID1)).then().statusCode(403);
        io.restassured.RestAssured.given().auth().oauth2(org.gridx.testkit.Tokens.of(t, "r", "resident"))
                .get(url(t, "tree")).then().statusCode(403);
        io.restassured.RestAssured.given().get(url(t, "tree")).then().statusCode(401);
    }

    @Test
    void aTenantNeverReachesAnotherTenantsGrid() {
        String a = GridApi.demo();
        String b = GridApi.demo();
        List<Map<String, Object>> before = AdminSql.query("SELECT * FROM grid_node WHERE tenant_id = ? ORDER BY code", b);
        for (String get : List.of("tree", "nodes/" + GRID1, "nodes/" + GRID1 + "/history", "coverage", "locate?lon=110.012&lat=40.41", "geojson/150621001")) {
            admin(a).get(url(b, get)).then().statusCode(404);
        }
        admin(a).body("{\"nameZh\":\"改名\"}").patch(url(b, "nodes/" + GRID1)).then().statusCode(404);
        admin(a).body("{\"code\":\"" + BEIDA + "011\",\"parent\":\"" + BEIDA + "\",\"nameZh\":\"x\",\"kind\":\"mixed\"}").post(url(b, "nodes")).then().statusCode(404);
        admin(a).body("{\"parent\":\"150621001002\"}").post(url(b, "nodes/" + GRID1 + "/move")).then().statusCode(404);
        admin(a).body("{\"parts\":[" + part(BEIDA + "008", LEFT) + "," + part(BEIDA + "009", RIGHT) + "]}").post(url(b, "nodes/" + GRID1 + "/split")).then().statusCode(404);
        admin(a).body("{\"codes\":[\"" + GRID1 + "\",\"" + BEIDA + "002\"],\"into\":{\"nameZh\":\"x\"}}").post(url(b, "merge")).then().statusCode(404);
        admin(a).body("{\"type\":\"FeatureCollection\",\"features\":[]}").post(url(b, "geojson")).then().statusCode(404);
        // and A's own writes, through its own URLs, never touch B's rows of the same codes
        admin(a).body("{\"nameZh\":\"改名\"}").patch(url(a, "nodes/" + GRID1)).then().statusCode(200);
        assertEquals(before, AdminSql.query("SELECT * FROM grid_node WHERE tenant_id = ? ORDER BY code", b));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM grid_node_history WHERE tenant_id = ?", b));
    }

    private static String first(String s, String what, String with) {
        int i = s.indexOf(what);
        assertEquals(true, i >= 0, what + " not in the export");
        return s.substring(0, i) + with + s.substring(i + what.length());
    }
}
