package org.gridx.app.identity;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.gridx.core.identity.service.PasswordHasher;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;

/** Tenants and accounts for identity tests, written past both tenancy walls with the superuser. */
final class IdentityFixture {

    static final String PASSWORD = "correct-horse-battery-1";
    private static String hash;

    private IdentityFixture() {
    }

    static synchronized String hash() {
        if (hash == null) {
            hash = new PasswordHasher().hash(PASSWORD);
        }
        return hash;
    }

    static String tenant() {
        return AdminSql.tenant(Codes.tenant("id"));
    }

    /** Creates an account with {@link #PASSWORD}; returns its id. */
    static UUID account(String tenant, String username, String... roles) {
        UUID id = UUID.randomUUID();
        AdminSql.update("INSERT INTO account (tenant_id, id, username, display_name, password_hash, roles, grid_scope) "
                + "VALUES (?, ?, ?, ?, ?, ?::text[], ?::text[])", tenant, id, username, "高丽美", hash(),
                "{" + String.join(",", roles) + "}", "{150621001001001}");
        return id;
    }

    static Response login(String tenant, String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/t/" + tenant + "/auth/login");
    }

    static String accessToken(String tenant, String username) {
        return login(tenant, username, PASSWORD).then().statusCode(200).extract().path("accessToken");
    }
}
