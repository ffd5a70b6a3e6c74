package org.gridx.app.media;

import static io.restassured.RestAssured.given;
import static org.gridx.app.media.MediaFixture.base;
import static org.gridx.app.media.MediaFixture.contains;
import static org.gridx.app.media.MediaFixture.decode;
import static org.gridx.app.media.MediaFixture.form;
import static org.gridx.app.media.MediaFixture.get;
import static org.gridx.app.media.MediaFixture.informant;
import static org.gridx.app.media.MediaFixture.postBody;
import static org.gridx.app.media.MediaFixture.resident;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Photos;
import org.junit.jupiter.api.Test;

/** Uploading photos: checked by content and size, stored once, served stripped of location to non-staff. */
@QuarkusTest
class MediaApiTest {

    static final byte[] EXIF = "Exif".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aResidentsPhotoWithGpsIsServedWithoutLocationExceptToStaff() {
        String t = MediaFixture.tenant();
        byte[] photo = Photos.withGps(Photos.jpeg(640, 480), 40.3837, 110.0312, 1);
        JsonPath up = postBody(t, resident(t), "image/jpeg", photo).statusCode(201)
                .body("size()", equalTo(1)).body("[0].contentType", equalTo("image/jpeg"))
                .body("[0].size", equalTo(photo.length)).body("[0].width", equalTo(640)).body("[0].height", equalTo(480))
                .body("[0].hasLocation", equalTo(true)).extract().jsonPath();
        String id = up.getString("[0].id");
        assertEquals(base(t) + "/" + id, up.getString("[0].url"));
        assertEquals(base(t) + "/" + id + "/thumbnail", up.getString("[0].thumbnailUrl"));

        byte[] original = get(informant(t), up.getString("[0].url"), 200);
        assertArrayEquals(photo, original, "staff get the original as sent");
        assertTrue(contains(original, EXIF) && contains(original, Photos.latitudeRationals(40.3837)));

        byte[] asResident = get(resident(t), up.getString("[0].url"), 200);
        byte[] publicCopy = get(informant(t), up.getString("[0].publicUrl"), 200);
        for (byte[] stripped : new byte[][] {asResident, publicCopy}) {
            assertFalse(contains(stripped, EXIF), "no EXIF segment in what residents see");
            assertFalse(contains(stripped, Photos.latitudeRationals(40.3837)), "no GPS latitude either");
            BufferedImage img = decode(stripped);
            assertEquals(640, img.getWidth());
            assertEquals(480, img.getHeight());
        }

        Map<String, Object> row = AdminSql.query("SELECT has_location, storage, uploaded_by, sha256 FROM media_object "
                + "WHERE tenant_id = ? AND id = ?", t, UUID.fromString(id)).get(0);
        assertEquals(true, row.get("has_location"));
        assertEquals("database", row.get("storage"), "the database is the default storage");
        assertEquals("res.zhang", row.get("uploaded_by"));
        assertEquals(3L, AdminSql.count("SELECT count(*) FROM media_blob WHERE tenant_id = ?", t),
                "original, public rendition and thumbnail");
    }

    @Test
    void severalFilesInOneFormEachGetAThumbnailForLists() {
        String t = MediaFixture.tenant();
        JsonPath up = form(informant(t)).multiPart("file", "wide.png", Photos.png(800, 400), "image/png")
                .multiPart("file", "tall.jpg", Photos.jpeg(300, 600), "image/jpeg")
                .post(base(t)).then().statusCode(201).body("size()", equalTo(2))
                .body("[0].contentType", equalTo("image/png")).body("[0].width", equalTo(800))
                .body("[1].contentType", equalTo("image/jpeg")).body("[1].height", equalTo(600))
                .body("[0].hasLocation", equalTo(false)).extract().jsonPath();

        BufferedImage wide = decode(get(resident(t), up.getString("[0].thumbnailUrl"), 200));
        assertEquals(320, wide.getWidth());
        assertEquals(160, wide.getHeight());
        BufferedImage tall = decode(get(resident(t), up.getString("[1].thumbnailUrl"), 200));
        assertEquals(160, tall.getWidth());
        assertEquals(320, tall.getHeight());
        given().auth().oauth2(resident(t)).get(up.getString("[0].thumbnailUrl")).then().contentType("image/jpeg");
        given().auth().oauth2(resident(t)).get(up.getString("[0].publicUrl")).then().contentType("image/png");
    }

    @Test
    void aPngWithGpsIsReencodedWithoutItsExifChunk() {
        String t = MediaFixture.tenant();
        byte[] photo = Photos.pngWithGps(Photos.png(200, 100), 40.3837, 110.0312);
        String url = postBody(t, resident(t), "image/png", photo).statusCode(201).body("[0].hasLocation", equalTo(true))
                .extract().path("[0].publicUrl");
        byte[] stripped = get(resident(t), url, 200);
        assertFalse(contains(stripped, "eXIf".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(contains(stripped, Photos.latitudeRationals(40.3837)));
        assertEquals(200, decode(stripped).getWidth());
    }

    @Test
    void theExifOrientationIsAppliedToWhatIsShown() {
        String t = MediaFixture.tenant();
        // Stored sideways (200 × 100) with "rotate 90° clockwise to display" (orientation 6).
        byte[] sideways = Photos.withGps(Photos.jpeg(200, 100), 1, 1, 6);
        JsonPath up = postBody(t, informant(t), "image/jpeg", sideways).statusCode(201)
                .body("[0].width", equalTo(100)).body("[0].height", equalTo(200)).extract().jsonPath();
        BufferedImage shown = decode(get(resident(t), up.getString("[0].publicUrl"), 200));
        assertEquals(100, shown.getWidth());
        assertEquals(200, shown.getHeight());
        // The red top-left corner of the stored picture is the top-right corner once turned.
        Color corner = new Color(shown.getRGB(95, 5));
        assertTrue(corner.getRed() > 200 && corner.getGreen() < 80, "turned clockwise: " + corner);
    }

    @Test
    void aTextFileNamedJpgIsRefusedAsUnsupported() {
        String t = MediaFixture.tenant();
        byte[] text = "not a photo, just text saved as photo.jpg\n".getBytes(StandardCharsets.UTF_8);
        form(informant(t)).multiPart("file", "photo.jpg", text, "image/jpeg").post(base(t)).then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("JPEG"))
                .body("detail", containsString("PNG")).body("errors[0].pointer", equalTo("file[0]"));
        postBody(t, informant(t), "image/jpeg", text).statusCode(415).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("body"));
        postBody(t, informant(t), "text/plain", text).statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("multipart/form-data"));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM media_object WHERE tenant_id = ?", t));
    }

    @Test
    void webpAndHeicAreRecognisedAndRefusedWithAHint() {
        String t = MediaFixture.tenant();
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        postBody(t, informant(t), "image/webp", webp).statusCode(415).body("detail", containsString("WebP"));
        byte[] heic = "\0\0\0\u0018ftypheic\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        postBody(t, informant(t), "image/heic", heic).statusCode(415).body("detail", containsString("Most Compatible"));
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413() {
        String t = MediaFixture.tenant();
        byte[] big = new byte[2 * 1024 * 1024 + 1]; // the test profile sets gridx.media.max-bytes to 2 MB
        big[0] = (byte) 0xff;
        big[1] = (byte) 0xd8;
        big[2] = (byte) 0xff;
        postBody(t, informant(t), "image/jpeg", big).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("2.0 MB")).body("errors[0].pointer", equalTo("body"));
    }

    @Test
    void aLargePhotoIsScaledDownForWhatIsShown() {
        String t = MediaFixture.tenant();
        JsonPath up = postBody(t, informant(t), "image/jpeg", Photos.jpeg(4100, 60)).statusCode(201)
                .body("[0].width", equalTo(4100)).extract().jsonPath();
        BufferedImage shown = decode(get(resident(t), up.getString("[0].publicUrl"), 200));
        assertTrue(shown.getWidth() <= 2048 && shown.getWidth() > 1300, "public rendition width " + shown.getWidth());
        assertEquals(320, decode(get(resident(t), up.getString("[0].thumbnailUrl"), 200)).getWidth());
    }

    @Test
    void anImageOfTooManyPixelsIsRefusedBeforeItIsDecoded() {
        String t = MediaFixture.tenant();
        // A PNG that claims 10000 × 10000 pixels: a few dozen bytes that would decode to 400 MB.
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(10000).putInt(10000).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4 + 12)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue()).putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xae426082);
        postBody(t, informant(t), "image/png", png.array()).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("10000 × 10000"));
    }

    @Test
    void aDamagedJpegIsUnreadableAndNothingIsStored() {
        String t = MediaFixture.tenant();
        byte[] photo = Photos.jpeg(300, 200);
        byte[] cut = java.util.Arrays.copyOf(photo, 40);
        postBody(t, informant(t), "image/jpeg", cut).statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Unreadable image"));
        // One bad file refuses the whole request: the good one is not stored either.
        form(informant(t)).multiPart("file", "good.jpg", photo, "image/jpeg").multiPart("file", "bad.jpg", cut, "image/jpeg")
                .post(base(t)).then().statusCode(422).body("errors[0].pointer", equalTo("file[1]"));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM media_object WHERE tenant_id = ?", t));
    }

    @Test
    void theSamePhotoTwiceIsStoredOnce() {
        String t = MediaFixture.tenant();
        byte[] photo = Photos.jpeg(120, 90);
        String first = postBody(t, resident(t), "image/jpeg", photo).statusCode(201).extract().path("[0].id");
        String again = postBody(t, informant(t), "application/octet-stream", photo).statusCode(201).extract().path("[0].id");
        assertEquals(first, again);
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM media_object WHERE tenant_id = ?", t));
        String other = postBody(t, resident(t), "image/jpeg", Photos.jpeg(121, 90)).statusCode(201).extract().path("[0].id");
        assertNotEquals(first, other);
    }

    @Test
    void photosAreCachedForGoodAndRevalidatedByEtag() {
        String t = MediaFixture.tenant();
        String url = postBody(t, informant(t), "image/png", Photos.png(64, 64)).statusCode(201).extract().path("[0].thumbnailUrl");
        String etag = given().auth().oauth2(resident(t)).get(url).then().statusCode(200)
                .header("Cache-Control", containsString("immutable")).header("X-Content-Type-Options", "nosniff")
                .extract().header("ETag");
        given().auth().oauth2(resident(t)).header("If-None-Match", etag).get(url).then().statusCode(304);
    }

    @Test
    void emptyRequestsAndUnknownIdsSayWhatIsMissing() {
        String t = MediaFixture.tenant();
        form(informant(t)).multiPart("note", "no file here").post(base(t)).then().statusCode(400)
                .body("errors[0].pointer", equalTo("file"));
        postBody(t, informant(t), "image/jpeg", new byte[0]).statusCode(400).body("title", equalTo("Empty file"));
        var eleven = form(informant(t));
        for (int i = 0; i < 11; i++) {
            eleven.multiPart("file", "p" + i + ".png", Photos.png(8 + i, 8), "image/png");
        }
        eleven.post(base(t)).then().statusCode(400).body("title", equalTo("Too many files"));
        given().auth().oauth2(informant(t)).get(base(t) + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get(base(t) + "/" + UUID.randomUUID() + "/thumbnail").then().statusCode(401);
    }
}
