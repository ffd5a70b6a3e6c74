package org.gridx.app.open311;

import static io.restassured.RestAssured.given;
import static org.gridx.app.open311.Open311Fixture.base;
import static org.gridx.app.open311.Open311Fixture.dispatcher;
import static org.gridx.app.open311.Open311Fixture.get;
import static org.gridx.app.open311.Open311Fixture.key;
import static org.gridx.app.open311.Open311Fixture.posted;
import static org.gridx.app.open311.Open311Fixture.report;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.xml.XmlPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.core.clock.GridxClock;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An Open311 client's whole journey through one demo street: discovery, services and definitions, a posted
 * request that becomes a case of the loop, reading it back, and the updates the centre's steps produce.
 * Every XML answer is validated against the GeoReport v2 XSDs, every JSON answer against the JSON Schemas.
 */
@QuarkusTest
class Open311ApiTest {

    @Inject
    GridxClock clock;

    /** Other tests replay fixed days; these read "now" (the list in force, the default date windows). */
    @BeforeEach
    void realTime() {
        clock.reset();
    }

    @Test
    void discoveryServicesAndDefinitionsDescribeTheListInForce() {
        String t = Open311Fixture.tenant();
        String d = Open311Schemas.xml("discovery", given().get("/open311/t/" + t + "/discovery.xml").then().statusCode(200)
                .contentType("text/xml").extract().asString());
        assertTrue(d.contains("<url>http://localhost:8080/open311/t/" + t + "/v2</url>"), d);
        JsonNode dj = Open311Schemas.json("discovery", get(t, "discovery.json", 200));
        assertEquals("application/json", dj.at("/endpoints/0/formats/1").asText());

        XmlPath services = new XmlPath(Open311Schemas.xml("services", get(t, "services.xml", 200)));
        assertEquals(145, services.getList("services.service").size());
        assertEquals("私搭乱建", services.getString("services.service.find { it.service_code == '06001' }.service_name"));
        assertEquals("false", services.getString("services.service.find { it.service_code == '06001' }.metadata"));
        assertEquals("true", services.getString("services.service.find { it.service_code == '01001' }.metadata"));
        assertEquals("市政公用设施", services.getString("services.service.find { it.service_code == '01001' }.group"));
        JsonNode sj = Open311Schemas.json("services", given().header("Accept-Language", "en-GB,en;q=0.8")
                .get(base(t) + "services.json").then().statusCode(200).extract().asString());
        assertEquals(145, sj.size());
        assertTrue(sj.findValuesAsText("description").stream().allMatch(s -> s.contains("Led by")));
        assertTrue(sj.findValuesAsText("type").stream().allMatch("realtime"::equals));

        String def = Open311Schemas.xml("service_definition", get(t, "services/01001.xml", 200));
        assertTrue(def.contains("<code>object_id</code>") && def.contains("<required>false</required>"), def);
        JsonNode none = Open311Schemas.json("service_definition", get(t, "services/06001.json", 200));
        assertEquals(0, none.get("attributes").size());
        Open311Schemas.xml("errors", get(t, "services/99999.xml", 404));
        Open311Schemas.json("errors", get(t, "services/99999.json", 404));
    }

    @Test
    void aPostedRequestEntersTheLoopAndItsStepsComeBackAsUpdates() {
        String t = Open311Fixture.tenant();
        String key = key(t, "fixmystreet");
        Open311Fixture.admin(t).get("/api/t/" + t + "/open311/keys").then().statusCode(200)
                .body("[0].name", equalTo("fixmystreet")).body("[0]", not(org.hamcrest.Matchers.hasKey("key")));

        Map<String, String> form = report(key);
        String json = Open311Fixture.post(t, "json", form).response().then().statusCode(201).extract().asString();
        JsonNode created = Open311Schemas.json("service_request_created", json);
        String number = created.at("/0/service_request_id").asText();
        String token = created.at("/0/token").asText();
        assertTrue(created.at("/0/service_notice").asText().contains("指挥中心"), json);

        XmlPath one = new XmlPath(Open311Schemas.xml("service_requests", get(t, "requests/" + number + ".xml", 200)));
        assertEquals("open", one.getString("service_requests.request.status"));
        assertEquals("06001", one.getString("service_requests.request.service_code"));
        assertEquals("北大社区对面新搭违建", one.getString("service_requests.request.description"));
        assertEquals(Open311Fixture.LAT, one.getString("service_requests.request.lat"));
        assertTrue(one.getString("service_requests.request.requested_datetime").endsWith("+08:00"));
        String xml = get(t, "requests/" + number + ".xml", 200);
        assertFalse(xml.contains("13800000000") || xml.contains("gao.limei"), "the reporter's contact is never published");
        JsonNode oneJson = Open311Schemas.json("service_requests", get(t, "requests/" + number + ".json", 200));
        assertEquals(40.41, oneJson.at("/0/lat").asDouble(), 1e-9);
        assertTrue(Open311Schemas.xml("token", get(t, "tokens/" + token + ".xml", 200)).contains("<service_request_id>" + number + "</service_request_id>"));
        assertEquals(number, Open311Schemas.json("token", get(t, "tokens/" + token + ".json", 200)).at("/0/service_request_id").asText());

        dispatcher(t).get("/api/t/" + t + "/cases?state=reported").then().statusCode(200)
                .body("find { it.number == '" + number + "' }.source", equalTo("open311"))
                .body("find { it.number == '" + number + "' }.id", equalTo(token));
        var row = AdminSql.query("SELECT reported_by, reporter_name, reporter_contact, state FROM case_file WHERE id = ?",
                UUID.fromString(token)).get(0);
        assertEquals("open311:fixmystreet", row.get("reported_by"));
        assertEquals("高丽美", row.get("reporter_name"));
        assertEquals("13800000000 / gao.limei@example.com", row.get("reporter_contact"));
        Open311Fixture.admin(t).get("/api/t/" + t + "/open311/keys").then().body("[0].lastUsedAt", not(nullValue()));

        String cases = "/api/t/" + t + "/cases/" + token + "/actions";
        dispatcher(t).body(Map.of("action", "register")).post(cases).then().statusCode(200);
        dispatcher(t).body(Map.of("action", "dispatch", "note", "请城管今日拆除")).post(cases).then().statusCode(200);

        XmlPath updates = new XmlPath(Open311Schemas.xml("service_request_updates", get(t, "servicerequestupdates.xml", 200)));
        List<String> statuses = updates.getList("service_request_updates.request_update.findAll { it.service_request_id == '"
                + number + "' }.status");
        assertEquals(List.of("INVESTIGATING", "ACTION_SCHEDULED"), statuses);
        assertEquals("请城管今日拆除", updates.getString("service_request_updates.request_update.find { it.status == 'ACTION_SCHEDULED' }.description"));
        JsonNode uj = Open311Schemas.json("service_request_updates", get(t, "servicerequestupdates.json", 200));
        assertEquals(2, uj.size());
        assertNotEquals(uj.at("/0/update_id"), uj.at("/1/update_id"));

        XmlPath after = new XmlPath(Open311Schemas.xml("service_requests", get(t, "requests/" + number + ".xml", 200)));
        assertEquals("旗综合行政执法局（城管）", after.getString("service_requests.request.agency_responsible"));
        assertEquals("请城管今日拆除", after.getString("service_requests.request.status_notes"));
        JsonNode en = Open311Schemas.json("service_requests", given().queryParam("locale", "en")
                .get(base(t) + "requests/" + number + ".json").then().statusCode(200).extract().asString());
        assertEquals("Comprehensive Law Enforcement Bureau (City Management)", en.at("/0/agency_responsible").asText());
    }

    @Test
    void requestsAreFoundByIdServiceStatusAndDate() {
        String t = Open311Fixture.tenant();
        String key = key(t, "app");
        String a = posted(t, report(key));
        Map<String, String> lamp = report(key);
        lamp.put("service_code", "01001");
        lamp.put("description", "井盖缺失");
        String b = posted(t, lamp);

        XmlPath all = new XmlPath(Open311Schemas.xml("service_requests", get(t, "requests.xml", 200)));
        assertEquals(List.of(b, a), all.getList("service_requests.request.service_request_id"));
        XmlPath byId = new XmlPath(Open311Schemas.xml("service_requests", get(t, "requests.xml?service_request_id=" + a + ",999999", 200)));
        assertEquals(List.of(a), byId.getList("service_requests.request.service_request_id"));
        JsonNode byCode = Open311Schemas.json("service_requests", get(t, "requests.json?service_code=01001", 200));
        assertEquals(1, byCode.size());
        assertEquals(b, byCode.at("/0/service_request_id").asText());
        assertEquals(0, Open311Schemas.json("service_requests", get(t, "requests.json?status=closed", 200)).size());
        assertEquals(2, Open311Schemas.json("service_requests", get(t, "requests.json?status=open,closed", 200)).size());
        assertEquals(0, Open311Schemas.json("service_requests",
                get(t, "requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z", 200)).size());
        Open311Schemas.xml("errors", get(t, "requests.xml?start_date=2020-01-01&end_date=2020-06-01", 400));
        Open311Schemas.xml("errors", get(t, "requests.xml?start_date=yesterday", 400));
        Open311Schemas.xml("errors", get(t, "requests.xml?status=pending", 400));
        Open311Schemas.json("errors", get(t, "requests.json?service_code=../x", 400));
    }

    @Test
    void anAddressOnlyRequestWaitsAtTheStreetAndAComponentIdIsKeptForTheHandlers() {
        String t = Open311Fixture.tenant();
        String key = key(t, "hotline-crm");
        Map<String, String> form = report(key);
        form.remove("lat");
        form.remove("long");
        form.put("address_string", "工业路 12 号门口");
        String n = posted(t, form);
        assertEquals("150621001", AdminSql.query("SELECT grid_code FROM case_file WHERE tenant_id = ? AND number = ?", t, n)
                .get(0).get("grid_code"));
        XmlPath r = new XmlPath(Open311Schemas.xml("service_requests", get(t, "requests/" + n + ".xml", 200)));
        assertEquals("工业路 12 号门口", r.getString("service_requests.request.address"));
        assertEquals("", r.getString("service_requests.request.lat"));

        Map<String, String> cover = report(key);
        cover.put("service_code", "01001");
        cover.put("attribute[object_id]", "1506210101000123");
        cover.put("media_url", "https://example.com/cover.jpg");
        String c = posted(t, cover);
        String description = (String) AdminSql.query("SELECT description FROM case_file WHERE tenant_id = ? AND number = ?", t, c)
                .get(0).get("description");
        assertTrue(description.contains("1506210101000123") && description.contains("https://example.com/cover.jpg"), description);
    }

    @Test
    void everyMistakeIsAnOpen311ErrorThatSaysWhatToFix() {
        String t = Open311Fixture.tenant();
        String key = key(t, "client");
        Map<String, String> noKey = report(key);
        noKey.remove("api_key");
        String missing = Open311Schemas.xml("errors", Open311Fixture.post(t, "xml", noKey).response().then().statusCode(403)
                .contentType("text/xml").extract().asString());
        assertTrue(missing.contains("<code>403</code>") && missing.contains("api_key"), missing);
        Map<String, String> badKey = report("o311_made-up");
        Open311Schemas.json("errors", Open311Fixture.post(t, "json", badKey).response().then().statusCode(403).extract().asString());

        Map<String, String> unknownService = report(key);
        unknownService.put("service_code", "99999");
        String unknown = Open311Schemas.xml("errors", Open311Fixture.post(t, "xml", unknownService).response().then().statusCode(400).extract().asString());
        assertTrue(unknown.contains("service_code '99999'"), unknown);

        Map<String, String> badLat = report(key);
        badLat.put("lat", "140.5");
        String lat = Open311Schemas.xml("errors", Open311Fixture.post(t, "xml", badLat).response().then().statusCode(400).extract().asString());
        assertTrue(lat.contains("lat: latitude from -90 to 90"), lat);
        badLat.put("lat", "north");
        JsonNode nan = Open311Schemas.json("errors", Open311Fixture.post(t, "json", badLat).response().then().statusCode(400).extract().asString());
        assertTrue(nan.at("/0/description").asText().startsWith("lat: 'north' is not a number"), nan.toString());

        Map<String, String> outside = report(key);
        outside.put("lat", "39.9");
        outside.put("long", "116.4");
        String far = Open311Schemas.xml("errors", Open311Fixture.post(t, "xml", outside).response().then().statusCode(400).extract().asString());
        assertTrue(far.contains("long: check the location"), far);

        Map<String, String> many = report(key);
        many.put("email", "not-an-address");
        many.put("attribute[colour]", "red");
        many.put("media_url", "ftp://x");
        assertEquals(1, Open311Schemas.json("errors", Open311Fixture.post(t, "json", many).response().then().statusCode(400)
                .extract().asString()).size(), "an unknown attribute is reported first, alone");
        many.remove("attribute[colour]");
        assertEquals(2, Open311Schemas.json("errors", Open311Fixture.post(t, "json", many).response().then().statusCode(400)
                .extract().asString()).size(), "every wrong field at once");

        Open311Schemas.xml("errors", get(t, "requests/202600009999.xml", 404));
        Open311Schemas.json("errors", get(t, "requests/202600009999.json", 404));
        Open311Schemas.xml("errors", get(t, "tokens/" + UUID.randomUUID() + ".xml", 404));
        Open311Schemas.xml("errors", get(t, "requests.csv", 400));
        Open311Schemas.xml("errors", get(t, "nothing-here", 404));
        Open311Schemas.xml("errors", given().get("/open311/t/no-such-tenant/v2/services.xml").then().statusCode(404).extract().asString());
        Open311Schemas.xml("errors", given().contentType("application/json").body("{}").post(base(t) + "requests.xml")
                .then().statusCode(400).extract().asString());
        Open311Schemas.xml("errors", given().multiPart("api_key", key).post(base(t) + "requests.xml")
                .then().statusCode(400).extract().asString());
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ?", t), "no error left a case behind");
    }

    @Test
    void aRevokedKeyPostsNothingAndKeysAreForAdministratorsOnly() {
        String t = Open311Fixture.tenant();
        String key = key(t, "old-app");
        String id = Open311Fixture.admin(t).get("/api/t/" + t + "/open311/keys").then().extract().path("[0].id");
        Open311Fixture.admin(t).delete("/api/t/" + t + "/open311/keys/" + id).then().statusCode(200).body("revokedAt", not(nullValue()));
        Open311Schemas.xml("errors", Open311Fixture.post(t, "xml", report(key)).response().then().statusCode(403).extract().asString());
        Open311Fixture.admin(t).body(Map.of("name", "old-app")).post("/api/t/" + t + "/open311/keys").then().statusCode(409);
        Open311Fixture.admin(t).body(Map.of("name", "Bad Name!")).post("/api/t/" + t + "/open311/keys").then().statusCode(400)
                .body("errors.pointer", hasItem("/name"));
        dispatcher(t).get("/api/t/" + t + "/open311/keys").then().statusCode(403);
        given().get("/api/t/" + t + "/open311/keys").then().statusCode(401);
        String hash = (String) AdminSql.query("SELECT key_hash FROM open311_api_key WHERE tenant_id = ?", t).get(0).get("key_hash");
        assertFalse(hash.contains(key.substring(5)), "only the hash is stored");
        assertEquals(64, hash.length());
    }
}
