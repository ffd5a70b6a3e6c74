package org.gridx.app.command;

import static io.restassured.RestAssured.given;
import static org.gridx.app.command.CommandFixture.C1;
import static org.gridx.app.command.CommandFixture.C2;
import static org.gridx.app.command.CommandFixture.G11;
import static org.gridx.app.command.CommandFixture.G21;
import static org.gridx.app.command.CommandFixture.IN_G11;
import static org.gridx.app.command.CommandFixture.IN_G21;
import static org.gridx.app.command.CommandFixture.STREET;
import static org.gridx.app.command.CommandFixture.api;
import static org.gridx.app.command.CommandFixture.report;
import static org.gridx.app.command.CommandFixture.token;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.FactCatchUp;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/**
 * Who sees which board: a community's chief only their community (another one, or the street above, does not
 * exist for them), the centre everything; residents and department handlers no board at all; another
 * tenant's board is not found.
 */
@QuarkusTest
class BoardScopeTest {

    @Inject
    FactCatchUp catchUp;
    @Inject
    TenantContext tenants;

    @Test
    void aCommunityChiefSeesOnlyTheirCommunity() {
        String t = CommandFixture.tenant();
        String mine = report(t, "gao", G11, IN_G11, "北大违章接坡").getString("number");
        report(t, "wu.xiuhua", G21, IN_G21, "南园违章接坡");
        Figures.current(tenants, catchUp, t);
        String api = "/api/t/" + t + "/command/";

        api(t, "chief1").get(api + "board").then().statusCode(200).body("node.code", equalTo(C1))
                .body("kpis.open", equalTo(1)).body("kpis.todayReported", equalTo(1)).body("path.code", equalTo(List.of(C1)));
        api(t, "chief1").get(api + "map").then().statusCode(200).body("node.code", equalTo(C1))
                .body("cases.number", equalTo(List.of(mine))).body("path.code", equalTo(List.of(C1)));
        api(t, "chief1").queryParam("node", G11).get(api + "map").then().statusCode(200)
                .body("path.code", equalTo(List.of(C1, G11))); // the way up stops at their community
        for (String node : List.of(C2, G21, STREET, "150621901009")) {
            api(t, "chief1").queryParam("node", node).get(api + "board").then().statusCode(404);
            api(t, "chief1").queryParam("node", node).get(api + "map").then().statusCode(404);
        }
        api(t, "chief2").get(api + "board").then().statusCode(200).body("node.code", equalTo(C2));
        api(t, "disp").queryParam("node", C2).get(api + "board").then().statusCode(200).body("kpis.open", equalTo(1));
        // the database's scope counts, not a stale token: a chief moved to the other community sees that one
        AdminSql.update("UPDATE account SET grid_scope = ARRAY['" + C2 + "'] WHERE tenant_id = ? AND username = 'chief1'", t);
        api(t, "chief1").queryParam("node", C1).get(api + "board").then().statusCode(404);
        api(t, "chief1").get(api + "board").then().statusCode(200).body("node.code", equalTo(C2));
    }

    @Test
    void residentsAndDepartmentHandlersGetNoBoard() {
        String t = CommandFixture.tenant();
        for (String user : List.of("li.min", "chengguan", "gao")) {
            api(t, user).get("/api/t/" + t + "/command/board").then().statusCode(403);
            api(t, user).get("/api/t/" + t + "/command/map").then().statusCode(403);
            given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(t, user))
                    .get("/t/" + t + "/command").then().statusCode(403);
        }
        given().accept("application/json").get("/api/t/" + t + "/command/board").then().statusCode(401);
    }

    @Test
    void anotherTenantsBoardIsNotFound() {
        String a = CommandFixture.tenant();
        String b = CommandFixture.tenant();
        String dispA = token(a, "disp");
        given().auth().oauth2(dispA).get("/api/t/" + b + "/command/board").then().statusCode(404);
        given().auth().oauth2(dispA).get("/api/t/" + b + "/command/map").then().statusCode(404);
        given().redirects().follow(false).accept("text/html").cookie("gridx_token", dispA).get("/t/" + b + "/command")
                .then().statusCode(303); // a foreign session is no session there: sign in
        given().redirects().follow(false).accept("text/html").auth().oauth2(dispA).get("/t/" + b + "/command")
                .then().statusCode(404);
        given().redirects().follow(false).accept("text/html").cookie("gridx_token", dispA).get("/t/" + b + "/command/cameras")
                .then().statusCode(303);
    }
}
