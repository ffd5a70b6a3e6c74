package org.gridx.app.resident;

import static org.gridx.app.resident.ResidentFixture.*;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.gridx.api.staffing.PostAssignment;
import org.gridx.api.staffing.PostAssignments;
import org.gridx.api.tenant.TenantContext;
import org.junit.jupiter.api.Test;

/** Resident posts filled through the port show in the grid's staffing (API and page), with their basis. */
@QuarkusTest
class ResidentPostsTest {

    static void assign(String t, String post, String grid, String place, String user, String basis) {
        PostAssignments posts = Arc.container().instance(PostAssignments.class).get();
        TenantContext tenants = Arc.container().instance(TenantContext.class).get();
        tenants.runAs(t, () -> posts.assign(new PostAssignment(post, grid, place == null ? null : UUID.fromString(place), user, basis)));
    }

    @Test
    void electedHoldersShowInTheGridsStaffing() {
        String t = tenant("sp");
        Places p = places(t);
        verifiedResident(t, "li.min", "李敏", p.unit1(), "gao.limei");
        verifiedResident(t, "far.away", "远方", p.unit2(), "wu.xiuhua");
        assign(t, "building-head", G1, p.building1(), "li.min", "election:e1");
        assign(t, "resident-group-leader", G2, null, "far.away", "election:e2");

        as(t, "admin").get("/api/t/" + t + "/staffing/resident-posts").then().statusCode(200).body("size()", equalTo(2))
                .body("find { it.post == 'building-head' }.holder.username", equalTo("li.min"))
                .body("find { it.post == 'building-head' }.placeName", equalTo("1号楼"))
                .body("find { it.post == 'building-head' }.basis", equalTo("election:e1"))
                .body("find { it.post == 'resident-group-leader' }.node", equalTo(G2));
        as(t, "admin").get("/api/t/" + t + "/staffing/resident-posts?node=" + G2).then().body("size()", equalTo(1));
        as(t, "gao.limei").get("/api/t/" + t + "/staffing/resident-posts").then().statusCode(403);
        io.restassured.RestAssured.given().accept("text/html").cookie("gridx_token", org.gridx.testkit.Tokens.of(t, "admin", "tenant-admin"))
                .get("/t/" + t + "/staffing").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("楼栋长")).body(org.hamcrest.Matchers.containsString("election:e1"));
    }
}
