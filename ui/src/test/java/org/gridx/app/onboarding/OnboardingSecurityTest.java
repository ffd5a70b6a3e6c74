package org.gridx.app.onboarding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** Only platform operators reach the operator API; tenant accounts of any role, or none, do not. */
@QuarkusTest
class OnboardingSecurityTest {

    static final String TENANTS = OperatorApi.TENANTS;

    @Test
    void withoutATokenTheOperatorApiAnswers401() {
        given().get(TENANTS).then().statusCode(401);
        given().contentType("application/json").body("{}").post(TENANTS).then().statusCode(401);
    }

    @Test
    void tenantTokensAreRefusedWhateverTheirRoles() {
        String tenant = AdminSql.tenant(Codes.tenant("sec"));
        String body = TenantFixtures.minimal(Codes.tenant("victim"), "informant").toString();
        for (String token : new String[] {
                Tokens.of(tenant, "resident1", "resident"),
                Tokens.of(tenant, "admin1", "tenant-admin"),
                // A tenant token that lists the operator role is still a tenant account's token.
                Tokens.of(tenant, "sneaky", "tenant-admin", "platform-operator")}) {
            given().auth().oauth2(token).contentType("application/json").body(body).post(TENANTS)
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).get(TENANTS).then().statusCode(403);
            given().auth().oauth2(token).get(TENANTS + "/" + tenant).then().statusCode(403);
        }
        given().get(TENANTS + "/" + tenant).then().statusCode(401);
    }

    @Test
    void unknownTenantsAndOversizedBodiesAreProblems() {
        given().auth().oauth2(Tokens.operator("ops")).get(TENANTS + "/no-such-tenant").then().statusCode(404)
                .contentType("application/problem+json");
        String huge = "tenant: {code: big}\n# " + "x".repeat(2 * 1024 * 1024 + 10) + "\n";
        given().auth().oauth2(Tokens.operator("ops")).contentType("application/yaml").body(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(TENANTS)
                .then().statusCode(413).body("status", equalTo(413));
        given().auth().oauth2(Tokens.operator("ops")).contentType("application/yaml").body("tenant: [unclosed".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(TENANTS).then().statusCode(422).body("errors[0].pointer", equalTo("#"));
    }
}
