package org.gridx.app.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperatorLoginTest {

    /** Set as %test.gridx.operator.password: the bootstrap created 'operator' with it at startup. */
    static final String BOOTSTRAP_PASSWORD = "test-operator-password-1";

    @Test
    void bootstrapOperatorSignsInAndGetsAGlobalToken() {
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM operator_account WHERE username = 'operator'"));
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", "operator", "password", BOOTSTRAP_PASSWORD))
                .post("/api/operator/auth/login").then().statusCode(200).extract().path("accessToken");
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertFalse(claims.contains("\"tenant\""), claims);
        assertEquals(true, claims.contains("\"platform-operator\""), claims);

        String tenant = IdentityFixture.tenant();
        given().auth().oauth2(token).get("/api/t/" + tenant + "/me").then().statusCode(404);
    }

    @Test
    void wrongOperatorPasswordIs401() {
        given().contentType(ContentType.JSON).body(Map.of("username", "operator", "password", "nope-nope"))
                .post("/api/operator/auth/login").then().statusCode(401);
    }
}
