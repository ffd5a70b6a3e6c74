package org.gridx.app.staffing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** The demo street's posts.yaml: imported with the tenant, answering who is responsible, idempotent on re-import. */
@QuarkusTest
class DemoPostsTest {

    @Test
    void theDemoStreetComesWithItsPostsAndTheirGaps() {
        String t = Codes.tenant("demo");
        TenantFixtures.create(TenantFixtures.definition(TenantFixtures.DEMO, t));
        String admin = Tokens.of(t, "zhou.lei", "tenant-admin");
        String api = "/api/t/" + t + "/staffing";
        given().auth().oauth2(admin).get(api + "/posts").then().statusCode(200).body("size()", equalTo(10));
        given().auth().oauth2(admin).queryParams("grid", "150621001001002", "role", "informant")
                .get(api + "/responsible").then().statusCode(200).body("responsible.username", contains("gao.limei"));
        given().auth().oauth2(admin).queryParams("grid", "150621001001005", "role", "grid-chief")
                .get(api + "/responsible").then().statusCode(200).body("answeredBy", equalTo("150621001001"))
                .body("responsible.username", contains("han.xiaoyan"));
        given().auth().oauth2(admin).queryParams("grid", "150621001004001", "role", "dispatcher")
                .get(api + "/responsible").then().statusCode(200).body("responsible.username", contains("sun.haitao"));
        given().auth().oauth2(admin).get(api + "/understaffed").then().statusCode(200)
                .body("size()", greaterThan(20)).body("code", hasItem("150621001001002"))
                .body("find { it.code == '150621001001002' }.informantsNeeded", equalTo(4))
                .body("find { it.code == '150621001001002' }.informantPosts", equalTo(1));

        // re-import with one backup changed: that post is updated in place, the others are left as they are
        var def = TenantFixtures.definition(TenantFixtures.DEMO, t);
        ((com.fasterxml.jackson.databind.node.ObjectNode) def.at("/posts/7")).put("holderB", "wu.xiuhua");
        var report = TenantFixtures.create(def);
        org.junit.jupiter.api.Assertions.assertEquals(1, report.getInt("counts.posts.updated"));
        org.junit.jupiter.api.Assertions.assertEquals(9, report.getInt("counts.posts.unchanged"));
        given().auth().oauth2(admin).get(api + "/posts").then().statusCode(200).body("size()", equalTo(10))
                .body("find { it.holderA.username == 'gao.limei' }.holderB.username", equalTo("wu.xiuhua"));
    }
}
