package org.gridx.app.selfgovernance.forum;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.api.identity.TokenClaims;
import org.gridx.modules.selfgovernance.SelfGovernanceModule;
import org.gridx.testkit.Tokens;
import org.gridx.testkit.contract.ContractFixtures;

/**
 * A street with the module on and the people of the forums: a grid (150621001001001) with its informant,
 * a second grid with its own informant, the community (150621001001) with its grid chief, residents.
 */
final class Forums {

    static final String COMMUNITY = "150621001001";
    static final String GRID = "150621001001001";
    static final String OTHER_GRID = "150621001001002";
    static final String BASE = "/self-governance";

    final String tenant;
    final String admin;
    final String informant;
    final String otherInformant;
    final String chief;
    final String alice;
    final String bob;

    Forums() {
        tenant = ContractFixtures.tenant();
        ContractFixtures.enable(tenant, SelfGovernanceModule.ID);
        admin = ContractFixtures.admin(tenant);
        informant = token("gaolimei", "高丽美", List.of(GRID), Role.Names.INFORMANT);
        otherInformant = token("wuxiuhua", "吴秀花", List.of(OTHER_GRID), Role.Names.INFORMANT);
        chief = token("chief", "社区网格长", List.of(COMMUNITY), Role.Names.GRID_CHIEF);
        alice = resident("alice", "居民甲");
        bob = resident("bob", "居民乙");
    }

    String resident(String username, String name) {
        return token(username, name, List.of(GRID), Role.Names.RESIDENT);
    }

    String token(String username, String name, List<String> scope, String... roles) {
        return Tokens.sign(Tokens.claims(tenant, username, roles).claim(TokenClaims.NAME, name).claim(TokenClaims.GRID_SCOPE, scope));
    }

    String api(String path) {
        return "/api/t/" + tenant + BASE + path;
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    String forum(String node) {
        return as(admin).body(Map.of("nodeCode", node, "title", "论坛 " + node)).post(api("/forums"))
                .then().statusCode(201).extract().path("id");
    }

    ValidatableResponse openThread(String token, String forumId, String title, String body) {
        return as(token).body(Map.of("title", title, "body", body)).post(api("/forums/" + forumId + "/threads")).then();
    }

    String thread(String token, String forumId) {
        return openThread(token, forumId, "楼道灯坏了", "三单元楼道灯不亮").statusCode(201).extract().path("id");
    }

    ValidatableResponse reply(String token, String threadId, String body) {
        return as(token).body(Map.of("body", body)).post(api("/threads/" + threadId + "/posts")).then();
    }

    String post(String token, String threadId) {
        return reply(token, threadId, "同意，晚上很黑").statusCode(201).extract().path("id");
    }

    ValidatableResponse settings(Map<String, Object> settings) {
        return as(admin).body(Map.of("enabled", true, "settings", settings))
                .put("/api/t/" + tenant + "/modules/" + SelfGovernanceModule.ID).then();
    }
}
