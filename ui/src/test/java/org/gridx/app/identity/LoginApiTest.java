package org.gridx.app.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginApiTest {

    String tenant;
    UUID accountId;

    @BeforeEach
    void setUp() {
        tenant = IdentityFixture.tenant();
        accountId = IdentityFixture.account(tenant, "gaolimei", "informant", "specialist");
    }

    @Test
    void loginIssuesTokensThatOpenMe() {
        JsonPath tokens = IdentityFixture.login(tenant, "gaolimei", IdentityFixture.PASSWORD).then().statusCode(200)
                .body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(900))
                .body("refreshToken", notNullValue()).extract().jsonPath();
        given().auth().oauth2(tokens.getString("accessToken")).get("/api/t/" + tenant + "/me").then().statusCode(200)
                .body("id", equalTo(accountId.toString())).body("tenant", equalTo(tenant))
                .body("username", equalTo("gaolimei")).body("displayName", equalTo("高丽美"))
                .body("roles.code", containsInAnyOrder("informant", "specialist"))
                .body("roles.label.zh", hasItem("网格信息员")).body("roles.label.en", hasItem("Grid informant"))
                .body("gridScope", equalTo(java.util.List.of("150621001001001")));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM refresh_token WHERE account_id = ?", accountId));
        String hash = (String) AdminSql.query("SELECT token_hash FROM refresh_token WHERE account_id = ?", accountId)
                .get(0).get("token_hash");
        assertNotEquals(tokens.getString("refreshToken"), hash, "only a hash of the refresh token is stored");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Response wrong = IdentityFixture.login(tenant, "gaolimei", "not-the-password");
        Response unknown = IdentityFixture.login(tenant, "nobody", "not-the-password");
        assertEquals(401, wrong.statusCode());
        assertEquals(401, unknown.statusCode());
        assertEquals(wrong.jsonPath().getString("title"), unknown.jsonPath().getString("title"));
        assertEquals(wrong.jsonPath().getString("detail"), unknown.jsonPath().getString("detail"));
        assertEquals(wrong.contentType(), unknown.contentType());
    }

    @Test
    void disabledAccountCannotSignIn() {
        AdminSql.update("UPDATE account SET status = 'disabled' WHERE id = ?", accountId);
        IdentityFixture.login(tenant, "gaolimei", IdentityFixture.PASSWORD).then().statusCode(401);
    }

    @Test
    void blankAndOversizedFieldsAreA400WithPerFieldErrors() {
        given().contentType(ContentType.JSON).body(Map.of("username", "", "password", " "))
                .post("/api/t/" + tenant + "/auth/login").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/username", "/password"));
        given().contentType(ContentType.JSON).body(Map.of("username", "x".repeat(65), "password", "p".repeat(201)))
                .post("/api/t/" + tenant + "/auth/login").then().statusCode(400)
                .body("errors", hasSize(2));
        given().contentType(ContentType.JSON).body("{}").post("/api/t/" + tenant + "/auth/refresh")
                .then().statusCode(400).body("errors.pointer", hasItem("/refreshToken"));
    }

    @Test
    void fiveFailuresLockTheAccountWith429AndRetryAfter() {
        for (int i = 0; i < 5; i++) {
            IdentityFixture.login(tenant, "gaolimei", "guess-" + i).then().statusCode(401);
        }
        Response locked = IdentityFixture.login(tenant, "gaolimei", IdentityFixture.PASSWORD);
        assertEquals(429, locked.statusCode(), "even the right password is refused while locked");
        long retry = Long.parseLong(locked.header("Retry-After"));
        assertTrue(retry > 50 && retry <= 60, "first lock is one minute, got " + retry);

        // The lock runs out: one more failure locks for twice as long (the count keeps going).
        AdminSql.update("UPDATE account SET locked_until = now() - interval '1 second' WHERE id = ?", accountId);
        IdentityFixture.login(tenant, "gaolimei", "guess-6").then().statusCode(401);
        long second = Long.parseLong(IdentityFixture.login(tenant, "gaolimei", "x").header("Retry-After"));
        assertTrue(second > 110 && second <= 120, "second lock is two minutes, got " + second);

        // Once unlocked, the right password works and resets the count.
        AdminSql.update("UPDATE account SET locked_until = now() - interval '1 second' WHERE id = ?", accountId);
        IdentityFixture.login(tenant, "gaolimei", IdentityFixture.PASSWORD).then().statusCode(200);
        assertEquals(0L, AdminSql.count("SELECT failed_logins FROM account WHERE id = ?", accountId));
    }

    @Test
    void aMadeUpUsernameLocksJustLikeARealOneSoLocksDoNotRevealAccounts() {
        for (int i = 0; i < 5; i++) {
            IdentityFixture.login(tenant, "no.such.person", "guess-" + i).then().statusCode(401);
        }
        Response locked = IdentityFixture.login(tenant, "no.such.person", "guess-5");
        assertEquals(429, locked.statusCode());
        long retry = Long.parseLong(locked.header("Retry-After"));
        assertTrue(retry > 50 && retry <= 60, "first lock is one minute, got " + retry);
        IdentityFixture.login(tenant, "another.made.up", "guess").then().statusCode(401);
    }

    @Test
    void refreshRotatesAndAReusedTokenRevokesTheSession() {
        String r1 = IdentityFixture.login(tenant, "gaolimei", IdentityFixture.PASSWORD).path("refreshToken");
        JsonPath second = refresh(r1).then().statusCode(200).extract().jsonPath();
        String r2 = second.getString("refreshToken");
        assertNotEquals(r1, r2);
        given().auth().oauth2(second.getString("accessToken")).get("/api/t/" + tenant + "/me").then().statusCode(200);

        refresh(r1).then().statusCode(401);
        // r1's reuse means it leaked: r2, never used, is revoked too.
        refresh(r2).then().statusCode(401);
        assertEquals(0L, AdminSql.count(
                "SELECT count(*) FROM refresh_token WHERE account_id = ? AND revoked_at IS NULL", accountId));
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        String r = IdentityFixture.login(tenant, "gaolimei", IdentityFixture.PASSWORD).path("refreshToken");
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", r)).post("/api/t/" + tenant + "/auth/logout")
                .then().statusCode(204);
        refresh(r).then().statusCode(401);
    }

    @Test
    void aRefreshTokenOfOneTenantIsUnknownInAnother() {
        String r = IdentityFixture.login(tenant, "gaolimei", IdentityFixture.PASSWORD).path("refreshToken");
        String other = IdentityFixture.tenant();
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", r)).post("/api/t/" + other + "/auth/refresh")
                .then().statusCode(401);
        refresh(r).then().statusCode(200);
    }

    @Test
    void aTenantEndpointAnswers403ForAWrongRole() {
        String informant = IdentityFixture.accessToken(tenant, "gaolimei");
        given().auth().oauth2(informant).get("/api/t/" + tenant + "/accounts").then().statusCode(403)
                .contentType("application/problem+json");
        IdentityFixture.account(tenant, "admin", "tenant-admin");
        String admin = IdentityFixture.accessToken(tenant, "admin");
        given().auth().oauth2(admin).get("/api/t/" + tenant + "/accounts").then().statusCode(200)
                .body("username", containsInAnyOrder("admin", "gaolimei"));
    }

    private Response refresh(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", token))
                .post("/api/t/" + tenant + "/auth/refresh");
    }
}
