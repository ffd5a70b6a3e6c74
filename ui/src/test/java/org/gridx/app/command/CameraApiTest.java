package org.gridx.app.command;

import static io.restassured.RestAssured.given;
import static org.gridx.app.command.CommandFixture.C1;
import static org.gridx.app.command.CommandFixture.C2;
import static org.gridx.app.command.CommandFixture.G11;
import static org.gridx.app.command.CommandFixture.api;
import static org.gridx.app.command.CommandFixture.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** The camera registry: kept by the centre and administrators, read by staff in their scope, checked field by field. */
@QuarkusTest
class CameraApiTest {

    static Map<String, Object> camera(String name, String node) {
        return new HashMap<>(Map.of("name", name, "node", node, "lon", 110.004, "lat", 40.406,
                "streamUrl", "rtsp://video.example/" + name.hashCode(), "status", "online", "note", "东门岗亭"));
    }

    @Test
    void theCentreAddsChangesAndRemovesCameras() {
        String t = CommandFixture.tenant();
        String base = "/api/t/" + t + "/command/cameras";
        JsonPath made = api(t, "disp").body(camera("北大社区东门", G11)).post(base).then().statusCode(201).extract().jsonPath();
        String id = made.getString("id");
        assertEquals(G11, made.getString("node"));
        assertEquals("北大一网格", made.getString("nodeName"));
        assertEquals("online", made.getString("status"));

        Map<String, Object> changed = camera("北大社区东门（新）", C1);
        changed.put("status", "maintenance");
        changed.put("streamUrl", "https://video.example/beida/east.m3u8");
        api(t, "admin").body(changed).put(base + "/" + id).then().statusCode(200)
                .body("status", equalTo("maintenance")).body("node", equalTo(C1));
        api(t, "chief1").get(base + "/" + id).then().statusCode(403);
        api(t, "disp").get(base + "/" + id).then().statusCode(200).body("name", equalTo("北大社区东门（新）"))
                .body("streamUrl", equalTo("https://video.example/beida/east.m3u8"));
        api(t, "disp").get(base).then().statusCode(200).body("size()", equalTo(1));

        api(t, "disp").delete(base + "/" + id).then().statusCode(204);
        api(t, "disp").get(base + "/" + id).then().statusCode(404);
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM command_camera WHERE tenant_id = ?", t));
    }

    @Test
    void aWrongEntryIsRefusedNamingEachFieldAndHowToFixIt() {
        String t = CommandFixture.tenant();
        String base = "/api/t/" + t + "/command/cameras";
        Map<String, Object> bad = new HashMap<>(Map.of("name", " ", "node", "150621901009009", "lon", 181, "lat", -91,
                "streamUrl", "javascript:alert(1)", "status", "broken"));
        api(t, "disp").body(bad).post(base).then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", hasItems("/name", "/lon", "/lat", "/streamUrl", "/status"))
                .body("errors.find { it.pointer == '/streamUrl' }.message", org.hamcrest.Matchers.containsString("rtsp://"));
        for (String url : List.of("data:text/html,hi", "ftp://video.example/x", "//video.example/x", "not a url")) {
            Map<String, Object> c = camera("监控", G11);
            c.put("streamUrl", url);
            api(t, "disp").body(c).post(base).then().statusCode(422).body("errors.pointer", equalTo(List.of("/streamUrl")));
        }
        api(t, "disp").body(camera("监控", "150621901009009")).post(base).then().statusCode(422)
                .body("errors.pointer", equalTo(List.of("/node")));
        Map<String, Object> far = camera("监控", G11);
        far.put("lon", -180.5);
        api(t, "disp").body(far).post(base).then().statusCode(422).body("errors.pointer", equalTo(List.of("/lon")));
        api(t, "disp").body(camera("监控", G11)).post(base).then().statusCode(201);
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM command_camera WHERE tenant_id = ?", t), "only the good one");
    }

    @Test
    void staffReadOnlyTheCamerasOfTheirNodesAndOnlyTheCentreWrites() {
        String t = CommandFixture.tenant();
        String base = "/api/t/" + t + "/command/cameras";
        String beida = api(t, "disp").body(camera("北大", G11)).post(base).then().statusCode(201).extract().path("id");
        api(t, "admin").body(camera("南园", C2)).post(base).then().statusCode(201);
        api(t, "chief1").get(base).then().statusCode(200).body("name", equalTo(List.of("北大")));
        api(t, "chief2").queryParam("node", C2).get(base).then().statusCode(200).body("name", equalTo(List.of("南园")));
        api(t, "chief2").queryParam("node", C1).get(base).then().statusCode(404);
        api(t, "disp").queryParam("node", C1).get(base).then().statusCode(200).body("name", equalTo(List.of("北大")));
        for (String user : List.of("chief1", "gao", "chengguan", "li.min")) {
            api(t, user).body(camera("x", G11)).post(base).then().statusCode(403);
            api(t, user).body(camera("x", G11)).put(base + "/" + beida).then().statusCode(403);
            api(t, user).delete(base + "/" + beida).then().statusCode(403);
        }
        for (String user : List.of("gao", "chengguan", "li.min")) {
            api(t, user).get(base).then().statusCode(403);
        }
        given().get(base).then().statusCode(401);
    }

    @Test
    void anotherTenantsCamerasAreNotFound() {
        String a = CommandFixture.tenant();
        String b = CommandFixture.tenant();
        String id = api(b, "disp").body(camera("乙方摄像头", G11)).post("/api/t/" + b + "/command/cameras").then()
                .statusCode(201).extract().path("id");
        String dispA = token(a, "disp");
        // b's URLs with a's token
        given().auth().oauth2(dispA).get("/api/t/" + b + "/command/cameras").then().statusCode(404);
        given().auth().oauth2(dispA).contentType("application/json").body(camera("x", G11))
                .post("/api/t/" + b + "/command/cameras").then().statusCode(404);
        // b's row through a's own URLs
        String mine = "/api/t/" + a + "/command/cameras/" + id;
        given().auth().oauth2(dispA).get(mine).then().statusCode(404);
        given().auth().oauth2(dispA).contentType("application/json").body(camera("劫持", G11)).put(mine).then().statusCode(404);
        given().auth().oauth2(dispA).delete(mine).then().statusCode(404);
        api(a, "disp").get("/api/t/" + a + "/command/cameras").then().statusCode(200).body("size()", equalTo(0));
        assertEquals("乙方摄像头", AdminSql.query("SELECT name FROM command_camera WHERE tenant_id = ?", b).get(0).get("name"));
    }
}
