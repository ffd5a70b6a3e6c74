package org.gridx.app.media;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.gridx.api.identity.Role;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.Tokens;

/** A bare tenant per test (photos need no grid) and requests as a resident or a staff member. */
final class MediaFixture {

    private MediaFixture() {
    }

    static String tenant() {
        return AdminSql.tenant(Codes.tenant("md"));
    }

    static String resident(String tenant) {
        return Tokens.of(tenant, "res.zhang", Role.Names.RESIDENT);
    }

    static String informant(String tenant) {
        return Tokens.of(tenant, "inf.li", Role.Names.INFORMANT);
    }

    static String base(String tenant) {
        return "/api/t/" + tenant + "/media";
    }

    static ValidatableResponse postBody(String tenant, String token, String contentType, byte[] body) {
        return given().auth().oauth2(token).contentType(contentType).body(body).post(base(tenant)).then();
    }

    /**
     * A multipart request the way the pages send it: with the CSRF double-submit token (cookie plus form
     * field), which the platform's CSRF filter requires of every multipart post.
     */
    static RequestSpecification form(String token) {
        byte[] random = new byte[16];
        ThreadLocalRandom.current().nextBytes(random);
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return given().auth().oauth2(token).cookie("gridx_csrf", csrf).multiPart("csrf", csrf);
    }

    static byte[] get(String token, String url, int status) {
        return given().auth().oauth2(token).get(url).then().statusCode(status).extract().asByteArray();
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            if (img == null) {
                throw new AssertionError("not an image");
            }
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
