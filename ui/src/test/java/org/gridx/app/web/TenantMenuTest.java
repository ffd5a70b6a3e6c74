package org.gridx.app.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** Every page's top menu offers the pages of the caller's roles, and only those. */
@QuarkusTest
class TenantMenuTest {

    @Test
    void anInformantsMenuLeadsToPatrolAndVisitsButNotToAdministration() {
        String code = Codes.tenant("menu");
        TenantFixtures.create(TenantFixtures.minimal(code, "informant", "tenant-admin"));
        String grid = "/t/" + code + "/grid";
        given().auth().oauth2(Tokens.of(code, "informant", "informant")).accept("text/html").get(grid)
                .then().statusCode(200)
                .body(containsString("href=\"/t/" + code + "/patrol\""))
                .body(containsString("href=\"/t/" + code + "/fieldwork/visit\""))
                .body(not(containsString("/admin/modules")));
        given().auth().oauth2(Tokens.of(code, "tenant-admin", "tenant-admin")).accept("text/html").get(grid)
                .then().statusCode(200)
                .body(containsString("href=\"/t/" + code + "/admin/modules\""))
                .body(containsString("href=\"/t/" + code + "/lists\""))
                .body(not(containsString("/patrol\"")));
    }
}
