package org.gridx.app.assessment;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.gridx.app.casework.Loop;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;

/**
 * The demo street (工业街道) for the analysis tests: a fresh copy per tenant code, tokens carrying each demo
 * account's real roles, grid scope and department (as sign-in issues them), and the loop's moves through
 * the API. Places, items and people are the loop tests' ({@link Loop}), named here for the analysis tests.
 */
final class AnalysisStreet {

    static final String STREET = Loop.STREET;
    static final String BEIDA = Loop.BEIDA;
    static final String BEIDA_2 = Loop.BEIDA_2;
    static final String TUANJIE = Loop.TUANJIE;
    static final String TUANJIE_2 = Loop.TUANJIE_2;
    static final double[] OPPOSITE_BEIDA = Loop.OPPOSITE_BEIDA;
    static final double[] HEALTH_CENTRE_WEST_LANE = Loop.HEALTH_CENTRE_WEST_LANE;
    static final String ILLEGAL_STRUCTURE = Loop.ILLEGAL_STRUCTURE;
    static final String PUBLIC_TOILET = Loop.PUBLIC_TOILET;

    static final String DISPATCHER = Loop.DISPATCHER;
    static final String ADMIN = Loop.ADMIN;
    static final String GAO_LIMEI = Loop.GAO_LIMEI;
    static final String WU_XIUHUA = Loop.WU_XIUHUA;
    static final String BEIDA_CHIEF = "han.xiaoyan";
    static final String CITY_MANAGEMENT = Loop.CITY_MANAGEMENT;
    static final String PUBLIC_UTILITY = Loop.PUBLIC_UTILITY;
    static final String RESIDENT = Loop.RESIDENT;

    private static final AtomicInteger SHADE = new AtomicInteger();

    private AnalysisStreet() {
    }

    static String street(String prefix) {
        String code = Codes.tenant(prefix);
        ObjectNode d = TenantFixtures.definition(TenantFixtures.DEMO, code);
        TenantFixtures.create(d);
        return code;
    }

    /** A token as sign-in issues it (the loop tests' demo accounts; analysis uses only the demo street's own). */
    static String token(String tenant, String username) {
        return Loop.token(tenant, username);
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
}
