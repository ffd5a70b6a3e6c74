package org.gridx.app.selfgovernance;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridx.testkit.AdminSql;

/**
 * Residents the way they really come to exist: registered through the public portal API at a household
 * place (a unit of a building in the grid's compound) and, when verified, verified by the grid's informant.
 * Places are created once per tenant and household key.
 */
public final class Residents {

    public static final String PASSWORD = "an easy sentence to remember";
    private static final Map<String, String> PLACES = new ConcurrentHashMap<>();

    private Residents() {
    }

    /** A verified resident in a household of their own. */
    public static void verified(String tenant, String username, String grid) {
        verifiedInHousehold(tenant, username, grid, username);
    }

    /** A verified resident of the household {@code household} (residents naming the same key share it). */
    public static void verifiedInHousehold(String tenant, String username, String grid, String household) {
        String id = register(tenant, username, grid, household);
        Gov.as(tenant, Gov.informantOf(grid)).body(Map.of("decision", "verify"))
                .post("/api/t/" + tenant + "/registrations/" + id + "/decision").then().statusCode(200);
    }

    /** A registered resident whose residency nobody has verified yet. */
    public static void unverified(String tenant, String username, String grid) {
        register(tenant, username, grid, username);
    }

    /** The building the grid's households are in (for a building head's election). */
    public static String building(String tenant, String grid) {
        String compound = once(tenant + "/" + grid, () -> place(tenant, "compound", "幸福小区" + grid.substring(grid.length() - 3), null, grid));
        return once(tenant + "/" + grid + "/building", () -> place(tenant, "building", "1号楼", compound, null));
    }

    /** Who holds a resident post of the grid now (the username), or null. */
    public static String postHolder(String tenant, String post, String grid) {
        var rows = AdminSql.query("SELECT a.username FROM resident_post p JOIN account a ON a.tenant_id = p.tenant_id "
                + "AND a.id = p.holder_id JOIN grid_node g ON g.tenant_id = p.tenant_id AND g.id = p.grid_node_id "
                + "WHERE p.tenant_id = ? AND p.post = ? AND g.code = ?", tenant, post, grid);
        return rows.isEmpty() ? null : (String) rows.get(0).get("username");
    }

    private static String register(String tenant, String username, String grid, String household) {
        String building = building(tenant, grid);
        String unit = once(tenant + "/" + grid + "/" + household, () -> place(tenant, "unit", household, building, null));
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", username,
                "password", PASSWORD, "phone", "13800000000", "placeId", unit));
        return given().contentType(ContentType.JSON).body(body).post("/api/t/" + tenant + "/registrations")
                .then().statusCode(201).extract().path("id");
    }

    /** The place created under {@code key} the first time it is asked for (tests run one at a time). */
    private static synchronized String once(String key, java.util.function.Supplier<String> create) {
        String id = PLACES.get(key);
        if (id == null) {
            id = create.get();
            PLACES.put(key, id);
        }
        return id;
    }

    private static String place(String tenant, String kind, String name, String parent, String grid) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "name", name));
        if (parent != null) {
            body.put("parentId", parent);
        }
        if (grid != null) {
            body.put("gridCode", grid);
        }
        return Gov.as(tenant, "admin").body(body).post("/api/t/" + tenant + "/places").then().statusCode(201).extract().path("id");
    }
}
