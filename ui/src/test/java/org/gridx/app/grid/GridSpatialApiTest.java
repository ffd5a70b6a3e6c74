package org.gridx.app.grid;

import static org.gridx.app.grid.GridApi.admin;
import static org.gridx.app.grid.GridApi.informant;
import static org.gridx.app.grid.GridApi.url;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Coverage and locate over the demo street's synthetic boundaries, and what a change does to them. */
@QuarkusTest
class GridSpatialApiTest {

    // Beida grid 1 (150621001001001) is the rectangle 110.01–110.01504 E, 40.40852–40.415 N
    private static final String GRID1 = "150621001001001";

    @Test
    void theDemoStreetPassesTheCoverageCheck() {
        String t = GridApi.demo();
        informant(t).get(url(t, "coverage")).then().statusCode(200).body("ok", equalTo(true)).body("problems", hasSize(0));
        informant(t).get(url(t, "coverage?node=150621001002")).then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void locateFindsTheDeepestGridOnAndNearBoundariesAndSaysWhenOutside() {
        String t = GridApi.demo();
        informant(t).get(url(t, "locate?lon=110.012&lat=40.41")).then().statusCode(200)
                .body("code", equalTo(GRID1)).body("level", equalTo(3));
        // on the edge shared by grids 1 and 2: the smaller code, every time
        informant(t).get(url(t, "locate?lon=110.01504&lat=40.41")).then().statusCode(200).body("code", equalTo(GRID1));
        informant(t).get(url(t, "locate?lon=110.01505&lat=40.41")).then().statusCode(200).body("code", equalTo("150621001001002"));
        informant(t).get(url(t, "locate?lon=110.0099&lat=40.41")).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("nearest grid is " + GRID1))
                .body("detail", containsString("8.5 m away"));
        informant(t).get(url(t, "locate?lon=200&lat=40.41")).then().statusCode(400);
        informant(t).get(url(t, "locate?lat=40.41")).then().statusCode(400);
    }

    @Test
    void aBoundaryChangeShowsUpInCoverageAndLocateAtOnce() {
        String t = GridApi.demo();
        informant(t).get(url(t, "locate?lon=110.012&lat=40.41")).then().statusCode(200).body("code", equalTo(GRID1));
        admin(t).body("{\"boundary\":" + GridApi.rect(110.01, 40.40852, 110.011, 40.415) + "}")
                .patch(url(t, "nodes/" + GRID1)).then().statusCode(200).body("hasBoundary", equalTo(true));
        informant(t).get(url(t, "locate?lon=110.012&lat=40.41")).then().statusCode(200).body("code", equalTo("150621001001"));
        informant(t).get(url(t, "coverage")).then().statusCode(200).body("ok", equalTo(false))
                .body("problems", hasSize(1)).body("problems[0].kind", equalTo("gap"))
                .body("problems[0].parent", equalTo("150621001001"))
                .body("problems[0].lon", org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThan(110.011f))
                        .and(org.hamcrest.Matchers.lessThan(110.01504f)));
        org.junit.jupiter.api.Assertions.assertEquals(1, AdminSql.count(
                "SELECT count(*) FROM grid_node_history WHERE tenant_id = ? AND action = 'update'", t));
    }
}
