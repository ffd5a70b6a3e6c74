package org.gridx.app.casework;

import static io.restassured.RestAssured.given;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/** Real photos for loop steps: a small JPEG, uploaded through the media API as a phone would send it. */
final class Photos {

    private static final AtomicInteger SHADE = new AtomicInteger();

    private Photos() {
    }

    /** Uploads a fresh photo as {@code user}; returns its media id. */
    static String upload(String tenant, String user) {
        return given().auth().oauth2(Loop.token(tenant, user)).contentType("image/jpeg").body(jpeg())
                .post(Loop.base(tenant) + "/media").then().statusCode(201).extract().path("[0].id");
    }

    /** A 32×24 JPEG, a different shade each time so no two uploads are the same bytes. */
    static byte[] jpeg() {
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
}
