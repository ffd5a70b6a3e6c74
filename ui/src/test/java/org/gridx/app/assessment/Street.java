package org.gridx.app.assessment;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.gridx.core.clock.GridxClock;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;

/**
 * The demo street (工业街道) for the assessment tests, imported under a fresh code, with tokens carrying each
 * demo account's real roles, grid scope and department, and cases moved through the API at set times.
 */
final class Street {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String BEIDA = "150621001001";
    static final String BEIDA_2 = "150621001001002";
    static final String TUANJIE = "150621001003";
    static final String TUANJIE_2 = "150621001003002";
    /** 赵敏's grid in 兴盛园社区. */
    static final String XINGSHENG_3 = "150621001002003";
    static final String ILLEGAL_STRUCTURE = "06001";
    static final String PUBLIC_TOILET = "03001";
    static final String GAO = "gao.limei";
    static final String WU = "wu.xiuhua";
    static final String ZHAO = "zhao.min";
    static final String DISPATCHER = "sun.haitao";
    static final String CITY_MANAGEMENT = "guo.qiang";
    static final String PUBLIC_UTILITY = "yang.fan";
    static final String ADMIN = "zhou.lei";
    static final String BEIDA_CHIEF = "han.xiaoyan";
    static final String RESIDENT = "li.xiulan";

    private static final AtomicInteger SHADE = new AtomicInteger();
    private static final Map<String, JsonNode> ACCOUNTS = new HashMap<>();

    static {
        for (JsonNode a : TenantFixtures.definition(TenantFixtures.DEMO, "x").get("accounts")) {
            ACCOUNTS.put(a.get("username").asText(), a);
        }
    }

    private Street() {
    }

    static String create(String prefix) {
        String code = Codes.tenant(prefix);
        ObjectNode d = TenantFixtures.definition(TenantFixtures.DEMO, code);
        TenantFixtures.create(d);
        return code;
    }

    static String token(String tenant, String user) {
        JsonNode a = ACCOUNTS.get(user);
        return Tokens.staff(tenant, user, texts(a.get("roles")), texts(a.get("gridScope")),
                a.hasNonNull("department") ? a.get("department").asText() : null);
    }

    static RequestSpecification as(String tenant, String user) {
        return given().auth().oauth2(token(tenant, user)).contentType(ContentType.JSON);
    }

    static ValidatableResponse get(String tenant, String user, String path) {
        return as(tenant, user).get("/api/t/" + tenant + path).then();
    }

    static Response page(String tenant, String user, String path, String lang) {
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(tenant, user))
                .cookie("gridx_lang", lang).get("/t/" + tenant + path);
    }

    // --- cases at set times -----------------------------------------------------------------------------

    /** A month far enough ahead that the list is in force and no real timer is due. */
    static YearMonth firstMonth() {
        return YearMonth.now(ZONE).plusMonths(2);
    }

    /** Day {@code day} of {@code month} at 09:00 in the street's zone. */
    static Instant at(YearMonth month, int day) {
        return month.atDay(day).atTime(9, 0).atZone(ZONE).toInstant();
    }

    static String report(GridxClock clock, Instant when, String tenant, String user, String item, String grid) {
        clock.set(when);
        Map<String, Object> body = new LinkedHashMap<>(Map.of("kind", "problem", "itemCode", item, "gridCode", grid,
                "description", "考核测试案卷 " + UUID.randomUUID()));
        return as(tenant, user).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/t/" + tenant + "/cases").then().statusCode(201).extract().path("summary.id");
    }

    static void act(GridxClock clock, Instant when, String tenant, String user, String caseId, Object... kv) {
        clock.set(when);
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            body.put((String) kv[i], kv[i + 1]);
        }
        as(tenant, user).body(body).post("/api/t/" + tenant + "/cases/" + caseId + "/actions").then().statusCode(200);
    }

    /**
     * Reported at {@code t0} by {@code reporter} in {@code grid}, registered, dispatched by the list to
     * {@code handler}'s department and accepted within minutes; handled {@code handleAfter} after the report;
     * closed by the reporter 10 minutes later (on time) unless {@code close} is false.
     */
    static String throughTheLoop(GridxClock clock, String tenant, Instant t0, String reporter, String item, String grid,
            String handler, Duration handleAfter, boolean close) {
        String id = report(clock, t0, tenant, reporter, item, grid);
        act(clock, t0.plus(Duration.ofMinutes(5)), tenant, DISPATCHER, id, "action", "register");
        act(clock, t0.plus(Duration.ofMinutes(10)), tenant, DISPATCHER, id, "action", "dispatch");
        act(clock, t0.plus(Duration.ofMinutes(15)), tenant, handler, id, "action", "accept");
        Instant handled = t0.plus(handleAfter);
        clock.set(handled);
        String photo = upload(tenant, handler);
        act(clock, handled, tenant, handler, id, "action", "handle", "note", "已处置", "photos", List.of(photo));
        if (close) {
            act(clock, handled.plus(Duration.ofMinutes(10)), tenant, reporter, id, "action", "close", "note", "现场核查已解决");
        }
        return id;
    }

    /** Reported and rejected (not a real problem) by the centre within minutes. */
    static String rejected(GridxClock clock, String tenant, Instant t0, String reporter, String grid) {
        String id = report(clock, t0, tenant, reporter, ILLEGAL_STRUCTURE, grid);
        act(clock, t0.plus(Duration.ofMinutes(5)), tenant, DISPATCHER, id, "action", "reject", "note", "核实不属实");
        return id;
    }

    static String upload(String tenant, String user) {
        return given().auth().oauth2(token(tenant, user)).contentType("image/jpeg").body(jpeg())
                .post("/api/t/" + tenant + "/media").then().statusCode(201).extract().path("[0].id");
    }

    private static byte[] jpeg() {
        BufferedImage img = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(SHADE.incrementAndGet() * 7919 & 0xFFFFFF));
        g.fillRect(0, 0, 32, 24);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
