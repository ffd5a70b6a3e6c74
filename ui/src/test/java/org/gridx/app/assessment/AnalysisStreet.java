package org.gridx.app.assessment;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.gridx.api.identity.TokenClaims;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.TestKeys;
import org.gridx.testkit.Tokens;

/**
 * The demo street (工业街道) for the analysis tests: a fresh copy per tenant code, tokens carrying each demo
 * account's real roles, grid scope and department (as sign-in issues them), and the loop's moves through
 * the API. (The casework helpers are package-private there; this is the small part analysis needs.)
 */
final class AnalysisStreet {

    static final String STREET = "150621001";
    static final String BEIDA = "150621001001";
    static final String BEIDA_2 = "150621001001002";
    static final String TUANJIE = "150621001003";
    static final String TUANJIE_2 = "150621001003002";
    static final double[] OPPOSITE_BEIDA = {110.0178, 40.4121};
    static final double[] HEALTH_CENTRE_WEST_LANE = {110.0177, 40.3972};
    static final String ILLEGAL_STRUCTURE = "06001";
    static final String PUBLIC_TOILET = "03001";

    static final String DISPATCHER = "sun.haitao";
    static final String ADMIN = "zhou.lei";
    static final String GAO_LIMEI = "gao.limei";
    static final String WU_XIUHUA = "wu.xiuhua";
    static final String BEIDA_CHIEF = "han.xiaoyan";
    static final String CITY_MANAGEMENT = "guo.qiang";
    static final String PUBLIC_UTILITY = "yang.fan";
    static final String RESIDENT = "li.xiulan";

    private record Staff(List<String> roles, List<String> scope, String department) {
    }

    private static final Map<String, Staff> STAFF = new HashMap<>();
    private static final AtomicInteger SHADE = new AtomicInteger();

    static {
        for (JsonNode a : TenantFixtures.definition(TenantFixtures.DEMO, "x").get("accounts")) {
            STAFF.put(a.get("username").asText(), new Staff(texts(a.get("roles")), texts(a.get("gridScope")),
                    a.hasNonNull("department") ? a.get("department").asText() : null));
        }
    }

    private AnalysisStreet() {
    }

    static String street(String prefix) {
        String code = Codes.tenant(prefix);
        ObjectNode d = TenantFixtures.definition(TenantFixtures.DEMO, code);
        TenantFixtures.create(d);
        return code;
    }

    static String token(String tenant, String username) {
        Staff s = STAFF.get(username);
        var claims = Tokens.claims(tenant, username, s.roles().toArray(String[]::new)).claim(TokenClaims.GRID_SCOPE, s.scope());
        if (s.department() != null) {
            claims.claim(TokenClaims.DEPARTMENT, s.department());
        }
        return claims.jws().keyId("test").sign(TestKeys.pair().getPrivate());
    }

    static RequestSpecification as(String tenant, String username) {
        return given().auth().oauth2(token(tenant, username)).contentType(ContentType.JSON);
    }

    static String api(String tenant) {
        return "/api/t/" + tenant;
    }

    /** Reports a problem at a point; returns the new case's id. */
    static String report(String tenant, String user, String item, double[] at, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemCode", item);
        m.put("lon", at[0]);
        m.put("lat", at[1]);
        m.put("description", description);
        return as(tenant, user).body(m).post(api(tenant) + "/cases").then().statusCode(201).extract().path("summary.id");
    }

    static void act(String tenant, String user, String caseId, Object... actionAndFields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", actionAndFields[0]);
        for (int i = 1; i < actionAndFields.length; i += 2) {
            m.put((String) actionAndFields[i], actionAndFields[i + 1]);
        }
        as(tenant, user).body(m).post(api(tenant) + "/cases/" + caseId + "/actions").then().statusCode(200);
    }

    /** A result photo uploaded as {@code user}; returns its media id. */
    static String photo(String tenant, String user) {
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
        return given().auth().oauth2(token(tenant, user)).contentType("image/jpeg").body(out.toByteArray())
                .post(api(tenant) + "/media").then().statusCode(201).extract().path("[0].id");
    }

    /** {@code at} moved {@code north} and {@code east} metres (fine at a street's scale). */
    static double[] offset(double[] at, double north, double east) {
        return new double[] {at[0] + east / (111_320 * Math.cos(Math.toRadians(at[1]))), at[1] + north / 110_574};
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
