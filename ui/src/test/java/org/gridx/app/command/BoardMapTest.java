package org.gridx.app.command;

import static org.gridx.app.command.CommandFixture.C1;
import static org.gridx.app.command.CommandFixture.C2;
import static org.gridx.app.command.CommandFixture.G11;
import static org.gridx.app.command.CommandFixture.G12;
import static org.gridx.app.command.CommandFixture.G21;
import static org.gridx.app.command.CommandFixture.IN_G11;
import static org.gridx.app.command.CommandFixture.IN_G12;
import static org.gridx.app.command.CommandFixture.IN_G21;
import static org.gridx.app.command.CommandFixture.STREET;
import static org.gridx.app.command.CommandFixture.act;
import static org.gridx.app.command.CommandFixture.api;
import static org.gridx.app.command.CommandFixture.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.FactCatchUp;
import org.junit.jupiter.api.Test;

/**
 * The board's map: the node in view with its children's boundaries and open counts, its open cases (closed
 * and rejected ones are not drawn) and its cameras; drilling down narrows all of it, and the path leads back.
 */
@QuarkusTest
class BoardMapTest {

    @Inject
    FactCatchUp catchUp;
    @Inject
    TenantContext tenants;

    @Test
    void theMapDrillsDownFromTheStreetToACommunityToAGrid() {
        String t = CommandFixture.tenant();
        String a = report(t, "gao", G11, IN_G11, "北大一网格违章接坡").getString("number");
        String b = report(t, "gao", G12, IN_G12, "北大二网格违章接坡").getString("number");
        String c = report(t, "wu.xiuhua", G21, IN_G21, "南园违章接坡").getString("number");
        String rejected = report(t, "wu.xiuhua", G21, IN_G21, "重复上报").getString("id");
        act(t, "disp", rejected, Map.of("action", "reject", "note", "现场核实无此问题"));
        api(t, "disp").body(Map.of("name", "北大社区东门", "node", G11, "lon", 110.004, "lat", 40.406,
                "streamUrl", "rtsp://video.example/beida-east", "status", "online")).post("/api/t/" + t + "/command/cameras")
                .then().statusCode(201);
        api(t, "disp").body(Map.of("name", "南园广场", "node", C2, "lon", 110.03, "lat", 40.407,
                "streamUrl", "https://video.example/nanyuan", "status", "maintenance")).post("/api/t/" + t + "/command/cameras")
                .then().statusCode(201);
        Figures.current(tenants, catchUp, t);

        JsonPath street = map(t, "disp", null);
        assertEquals(STREET, street.getString("node.code"));
        assertEquals("Polygon", street.getString("boundary.type"));
        assertEquals(List.of(C1, C2), street.getList("children.node.code"));
        assertEquals(List.of("北大社区", "南园社区"), street.getList("children.node.nameZh"));
        assertEquals(List.of("Polygon", "Polygon"), street.getList("children.boundary.type"));
        assertEquals(List.of(2, 1), street.getList("children.open"), "the rejected case is not open");
        assertEquals(List.of(c, b, a).stream().sorted().toList(), street.getList("cases.number").stream().sorted().toList());
        assertEquals(List.of("reported", "reported", "reported"), street.getList("cases.state"));
        assertEquals(List.of(false, false, false), street.getList("cases.overdue"));
        assertEquals(List.of("北大社区东门", "南园广场"), street.getList("cameras.name"));
        assertFalse(street.getBoolean("truncated"));

        JsonPath beida = map(t, "disp", C1);
        assertEquals(List.of(G11, G12), beida.getList("children.node.code"));
        assertEquals(List.of(1, 1), beida.getList("children.open"));
        assertEquals(List.of(a, b).stream().sorted().toList(), beida.getList("cases.number").stream().sorted().toList());
        assertEquals(List.of("北大社区东门"), beida.getList("cameras.name"));
        assertEquals(List.of(STREET, C1), beida.getList("path.code"), "the breadcrumb back up");
        assertEquals(110.005f, beida.getFloat("cases.find { it.number == '" + a + "' }.lon"));

        JsonPath grid = map(t, "disp", G12);
        assertEquals(List.of(), grid.getList("children"), "a grid is the last level");
        assertEquals(List.of(b), grid.getList("cases.number"));
        assertEquals(List.of(), grid.getList("cameras"));
        assertEquals(List.of(STREET, C1, G12), grid.getList("path.code"));

        api(t, "disp").queryParam("node", "150621901009").get("/api/t/" + t + "/command/map").then().statusCode(404);
    }

    static JsonPath map(String t, String user, String node) {
        var r = api(t, user);
        if (node != null) {
            r = r.queryParam("node", node);
        }
        return r.get("/api/t/" + t + "/command/map").then().statusCode(200).extract().jsonPath();
    }
}
