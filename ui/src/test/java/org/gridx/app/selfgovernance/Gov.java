package org.gridx.app.selfgovernance;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;
import org.gridx.testkit.contract.ContractFixtures;

/**
 * A street for self-governance tests: grids G1 and G2, city management with one disposal-list item (06003),
 * staff accounts (admin, two grid chiefs, a dispatcher, a handler) and the self-governance module on with
 * the given settings. Residents are added per test with {@link Residents}.
 */
public final class Gov {

    public static final String MODULE = "self-governance";
    public static final String G1 = "150621901001001";
    public static final String G2 = "150621901001002";
    public static final String ITEM = "06003";

    private Gov() {
    }

    public static String street(Map<String, Object> settings) {
        String code = Codes.tenant("sg");
        ObjectNode d = TenantFixtures.street(code, 250, 80);
        d.set("accounts", TenantFixtures.fromYaml("""
                accounts:
                  - {username: admin, displayName: 管理员, roles: [tenant-admin]}
                  - {username: chief, displayName: 王网格长, roles: [grid-chief], gridScope: ["150621901001001"]}
                  - {username: chief2, displayName: 李网格长, roles: [grid-chief], gridScope: ["150621901001002"]}
                  - {username: disp, displayName: 调度员, roles: [dispatcher]}
                  - {username: chengguan, displayName: 城管队员, roles: [department-handler], department: city-management}
                  - {username: gao.limei, displayName: 高丽美, roles: [informant], gridScope: ["150621901001001"]}
                  - {username: wu.xiuhua, displayName: 吴秀花, roles: [informant], gridScope: ["150621901001002"]}
                """).get("accounts"));
        d.set("disposalList", TenantFixtures.fromYaml("""
                disposalList:
                  items:
                    - code: "06003"
                      kind: event
                      name: {zh: 违章接坡, en: Illegal ramp}
                      leadDepartment: city-management
                      coDepartments: []
                      limits: {verify: PT30M, dispatch: PT30M, accept: PT30M, handle: PT48H, check: PT30M}
                      priority: normal
                      onTheSpot: false
                      escalation: []
                """).get("disposalList"));
        TenantFixtures.create(d);
        ContractFixtures.enable(code, MODULE);
        if (!settings.isEmpty()) {
            settings(code, settings).then().statusCode(200);
        }
        return code;
    }

    public static String street() {
        return street(Map.of());
    }

    /** Enables the module with {@code settings} as the tenant administrator would; returns the raw answer. */
    public static Response settings(String tenant, Map<String, Object> settings) {
        return given().auth().oauth2(ContractFixtures.admin(tenant)).contentType(ContentType.JSON)
                .body(Map.of("enabled", true, "settings", settings)).put("/api/t/" + tenant + "/modules/" + MODULE);
    }

    public static String role(String user) {
        return switch (user) {
            case "admin" -> "tenant-admin";
            case "chief", "chief2" -> "grid-chief";
            case "disp" -> "dispatcher";
            case "chengguan" -> "department-handler";
            case "gao.limei", "wu.xiuhua" -> "informant";
            default -> "resident";
        };
    }

    /** The informant who verifies residents of {@code grid}. */
    public static String informantOf(String grid) {
        return G1.equals(grid) ? "gao.limei" : "wu.xiuhua";
    }

    /** A JSON request as {@code user} of {@code tenant}, with the role the fixture gave them. */
    public static RequestSpecification as(String tenant, String user) {
        return given().auth().oauth2(Tokens.of(tenant, user, role(user))).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static String api(String tenant, String path) {
        return "/api/t/" + tenant + "/" + MODULE + "/" + path;
    }

    /** A page as a signed-in browser asks for it (session cookie, HTML), in Chinese or, with {@code en}, English. */
    public static Response page(String tenant, String user, String path, boolean en) {
        RequestSpecification r = given().redirects().follow(false).accept("text/html")
                .cookie("gridx_token", Tokens.of(tenant, user, role(user)));
        if (en) {
            r = r.cookie("gridx_lang", "en");
        }
        return r.get("/t/" + tenant + "/" + MODULE + "/" + path);
    }

    /** Posts a form taken from {@code page} (its CSRF token and cookie) to {@code path}, as the browser would. */
    public static Response postForm(String tenant, String user, Response page, String path, Map<String, String> fields) {
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.asString());
        if (!csrf.find()) {
            throw new AssertionError("the page carries no CSRF token");
        }
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", Tokens.of(tenant, user, role(user)))
                .cookie("gridx_csrf", page.getCookie("gridx_csrf")).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", csrf.group(1)).formParams(fields).post("/t/" + tenant + "/" + MODULE + "/" + path);
    }

    /** Every row of the module's tables owned by {@code tenant}, as text, to prove another tenant changed nothing. */
    public static List<String> rowsOf(String tenant) {
        List<String> rows = new java.util.ArrayList<>();
        for (Map<String, Object> tbl : AdminSql.query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                + "AND starts_with(tablename, 'self_governance_') ORDER BY 1")) {
            String name = (String) tbl.get("tablename");
            AdminSql.query("SELECT row_to_json(x)::text AS j FROM " + name + " x WHERE tenant_id = ? ORDER BY 1", tenant)
                    .forEach(r -> rows.add(name + " " + r.get("j")));
        }
        return rows;
    }

    /** Runs the calls at the same moment on separate threads and returns their HTTP statuses. */
    public static List<Integer> atOnce(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<Integer>> futures = pool.invokeAll(calls);
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get(30, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
