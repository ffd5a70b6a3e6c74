package org.gridx.app.demo;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** With gridx.demo.enabled=false (production) the history endpoints do not exist, even for the administrator. */
@QuarkusTest
@TestProfile(DemoHistoryOffTest.Off.class)
class DemoHistoryOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gridx.demo.enabled", "false");
        }
    }

    @Test
    void switchedOffTheEndpointsAnswer404AndNothingIsWritten() {
        String t = TenantFixtures.demo(Codes.tenant("demooff"));
        String admin = Tokens.of(t, "zhou.lei", "tenant-admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"cases\": 10}").post("/api/t/" + t + "/demo/history")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin).get("/api/t/" + t + "/demo/history").then().statusCode(404);
        Assertions.assertEquals(0, AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ?", t));
    }
}
