package org.gridx.app.casework;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;

/**
 * The demo street (工业街道) for loop tests, imported under a fresh code per test, plus the few posts and
 * accounts the demo lacks for the loop's rules: community supervisors (the first escalation rung of most
 * items), a handler of sanitation (co-department of 私搭乱建) and a second resident. Tokens carry each
 * account's real roles, grid scope and department, as sign-in would issue them.
 */
public final class Loop {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String STREET = "150621001";
    public static final String BEIDA = "150621001001";
    /** 北大二网格（北大对面平房区）: the bungalows opposite 北大社区, 高丽美's grid. */
    public static final String BEIDA_2 = "150621001001002";
    public static final String TUANJIE = "150621001003";
    /** 团结二网格（卫生院西巷平房区）: the west lane of 树林召中心卫生院, 吴秀花's grid. */
    public static final String TUANJIE_2 = "150621001003002";
    /** A point inside 北大二网格 and one inside 团结二网格. */
    public static final double[] OPPOSITE_BEIDA = {110.0178, 40.4121};
    public static final double[] HEALTH_CENTRE_WEST_LANE = {110.0177, 40.3972};
    /** 私搭乱建 (lead city-management, co sanitation) and 公共厕所 (lead public-utility-centre). */
    public static final String ILLEGAL_STRUCTURE = "06001";
    public static final String PUBLIC_TOILET = "03001";

    public static final String DISPATCHER = "sun.haitao";
    static final String DISPATCHER_B = "wang.na";
    public static final String GAO_LIMEI = "gao.limei";
    public static final String WU_XIUHUA = "wu.xiuhua";
    static final String ZHAO_MIN = "zhao.min";
    static final String SPECIALIST = "qiao.ling";
    public static final String CITY_MANAGEMENT = "guo.qiang";
    public static final String PUBLIC_UTILITY = "yang.fan";
    static final String PUBLIC_SECURITY = "du.jianjun";
    static final String SANITATION = "chen.hui";
    public static final String ADMIN = "zhou.lei";
    public static final String RESIDENT = "li.xiulan";
    static final String RESIDENT_2 = "li.jianguo";
    static final String BEIDA_SUPERVISOR = "ma.jun";
    static final String TUANJIE_SUPERVISOR = "tian.ye";
    static final String STREET_SUPERVISOR = "zhang.weidong";

    private static final String EXTRA = """
            accounts:
              - {username: ma.jun, displayName: 马骏, roles: [supervisor], gridScope: ["150621001001"]}
              - {username: tian.ye, displayName: 田野, roles: [supervisor], gridScope: ["150621001003"]}
              - {username: chen.hui, displayName: 陈辉, roles: [department-handler], department: sanitation}
              - {username: li.jianguo, displayName: 李建国, roles: [resident], gridScope: ["150621001003002"]}
            posts:
              - {node: "150621001001", role: supervisor, holderA: ma.jun}
              - {node: "150621001003", role: supervisor, holderA: tian.ye}
            """;

    private record Staff(List<String> roles, List<String> scope, String department) {
    }

    private static final Map<String, Staff> STAFF = new HashMap<>();

    static {
        ObjectNode d = definition("x");
        for (JsonNode a : d.get("accounts")) {
            STAFF.put(a.get("username").asText(), new Staff(texts(a.get("roles")), texts(a.get("gridScope")),
                    a.hasNonNull("department") ? a.get("department").asText() : null));
        }
    }

    private Loop() {
    }

    /** The demo street with the loop's extra accounts and posts, as a definition for tenant {@code code}. */
    static ObjectNode definition(String code) {
        ObjectNode d = TenantFixtures.definition(TenantFixtures.DEMO, code);
        ObjectNode extra = TenantFixtures.fromYaml(EXTRA);
        ((ArrayNode) d.get("accounts")).addAll((ArrayNode) extra.get("accounts"));
        ((ArrayNode) d.get("posts")).addAll((ArrayNode) extra.get("posts"));
        return d;
    }

    /** Imports a fresh copy of the street; returns its tenant code. */
    static String street(String prefix) {
        String code = Codes.tenant(prefix);
        TenantFixtures.create(definition(code));
        return code;
    }

    /** A token for a demo (or extra) account of {@code tenant}, as sign-in would issue it. */
    public static String token(String tenant, String username) {
        Staff s = STAFF.get(username);
        if (s == null) {
            throw new IllegalArgumentException("no demo account " + username);
        }
        return Tokens.staff(tenant, username, List.copyOf(s.roles()), List.copyOf(s.scope()), s.department());
    }

    static RequestSpecification as(String tenant, String username) {
        return given().auth().oauth2(token(tenant, username)).contentType(ContentType.JSON);
    }

    static String base(String tenant) {
        return "/api/t/" + tenant;
    }

    // --- reports and moves -----------------------------------------------------------------------------

    /** A problem report at a point. */
    static Map<String, Object> problem(String item, double[] at, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemCode", item);
        m.put("lon", at[0]);
        m.put("lat", at[1]);
        m.put("description", description);
        return m;
    }

    static ValidatableResponse report(String tenant, String user, Map<String, Object> body, String key) {
        RequestSpecification r = as(tenant, user).body(body);
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        return r.post(base(tenant) + "/cases").then();
    }

    /** Reports and returns the new case's id. */
    static String reported(String tenant, String user, Map<String, Object> body) {
        return report(tenant, user, body, null).statusCode(201).extract().path("summary.id");
    }

    static Map<String, Object> action(String action, Object... more) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", action);
        for (int i = 0; i < more.length; i += 2) {
            m.put((String) more[i], more[i + 1]);
        }
        return m;
    }

    static ValidatableResponse act(String tenant, String user, String caseId, Map<String, Object> body) {
        return as(tenant, user).body(body).post(base(tenant) + "/cases/" + caseId + "/actions").then();
    }

    /** Moves a case and expects it to succeed; returns the case as the API shows it afterwards. */
    static JsonPath moved(String tenant, String user, String caseId, Map<String, Object> body) {
        return act(tenant, user, caseId, body).statusCode(200).extract().jsonPath();
    }

    static JsonPath view(String tenant, String user, String caseId) {
        return as(tenant, user).get(base(tenant) + "/cases/" + caseId).then().statusCode(200).extract().jsonPath();
    }

    /** The usual way to registered: reported by 高丽美 opposite 北大, registered by the centre. */
    static String registered(String tenant, String description) {
        String id = reported(tenant, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, description));
        moved(tenant, DISPATCHER, id, action("register"));
        return id;
    }

    /** Accepted by city management: registered, dispatched by the list, accepted. */
    static String accepted(String tenant, String description) {
        String id = registered(tenant, description);
        moved(tenant, DISPATCHER, id, action("dispatch"));
        moved(tenant, CITY_MANAGEMENT, id, action("accept"));
        return id;
    }

    /** Handled with a result photo by city management. */
    static String handled(String tenant, String description) {
        String id = accepted(tenant, description);
        moved(tenant, CITY_MANAGEMENT, id, action("handle", "note", "已拆除", "photos", List.of(Photos.upload(tenant, CITY_MANAGEMENT))));
        return id;
    }

    // --- time ------------------------------------------------------------------------------------------

    /** The next {@code day} at {@code time} in the street's zone, at least a day ahead (list in force, no real timers due). */
    static Instant next(MonthDay day, LocalTime time) {
        ZonedDateTime now = ZonedDateTime.now(ZONE).plusDays(1);
        ZonedDateTime at = day.atYear(now.getYear()).atTime(time).atZone(ZONE);
        return (at.isBefore(now) ? at.plusYears(1) : at).toInstant();
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
