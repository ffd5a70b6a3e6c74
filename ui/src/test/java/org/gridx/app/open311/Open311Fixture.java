package org.gridx.app.open311;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;

/**
 * The demo street under a fresh code (its disposal list, grid boundaries and staff), and the calls an Open311
 * client makes: the tenant administrator issues a key, the client posts forms and reads XML or JSON.
 */
final class Open311Fixture {

    /** Inside 北大一网格 (150621001001001) of the demo street. */
    static final String LAT = "40.41";
    static final String LONG = "110.012";
    static final String DISPATCHER = "sun.haitao";
    static final String ADMIN = "zhou.lei";
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private Open311Fixture() {
    }

    static String tenant() {
        return TenantFixtures.demo(Codes.tenant("o311"));
    }

    static String base(String tenant) {
        return "/open311/t/" + tenant + "/v2/";
    }

    static RequestSpecification admin(String tenant) {
        return given().auth().oauth2(Tokens.of(tenant, ADMIN, "tenant-admin")).contentType("application/json");
    }

    static RequestSpecification dispatcher(String tenant) {
        return given().auth().oauth2(Tokens.of(tenant, DISPATCHER, "dispatcher")).contentType("application/json");
    }

    /** Issues a key named {@code name} as the tenant administrator; returns the key. */
    static String key(String tenant, String name) {
        return admin(tenant).body(Map.of("name", name)).post("/api/t/" + tenant + "/open311/keys")
                .then().statusCode(201).extract().path("key");
    }

    /** A form an Open311 client posts: 06001 私搭乱建 at {@link #LAT}/{@link #LONG}, with the reporter's details. */
    static Map<String, String> report(String key) {
        return new java.util.LinkedHashMap<>(Map.of("api_key", key, "service_code", "06001", "lat", LAT, "long", LONG,
                "description", "北大社区对面新搭违建", "email", "gao.limei@example.com", "first_name", "丽美",
                "last_name", "高", "phone", "13800000000"));
    }

    static ExtractableResponse<Response> post(String tenant, String format, Map<String, String> form) {
        return given().contentType(FORM).formParams(form).post(base(tenant) + "requests." + format).then().extract();
    }

    /** Posts {@code form} and returns the new request's id (the case number). */
    static String posted(String tenant, Map<String, String> form) {
        String xml = post(tenant, "xml", form).response().then().statusCode(201).extract().asString();
        Open311Schemas.xml("service_request_created", xml);
        return io.restassured.path.xml.XmlPath.from(xml).getString("service_requests.request.service_request_id");
    }

    static String get(String tenant, String path, int status) {
        return given().get(base(tenant) + path).then().statusCode(status).extract().asString();
    }
}
