package org.gridx.app.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.gridx.core.media.service.MetadataScan;
import org.gridx.core.media.service.MetadataScan.Found;
import org.gridx.testkit.Photos;
import org.junit.jupiter.api.Test;

/** Reading location and orientation from untrusted metadata: found where present, never a crash. */
class MetadataScanTest {

    @Test
    void gpsAndOrientationAreFoundInJpegExif() {
        assertEquals(new Found(true, 6), MetadataScan.jpeg(Photos.withGps(Photos.jpeg(40, 30), 40.38, 110.03, 6)));
        assertEquals(new Found(false, 1), MetadataScan.jpeg(Photos.jpeg(40, 30)));
    }

    @Test
    void gpsIsFoundInPngExif() {
        assertEquals(true, MetadataScan.png(Photos.pngWithGps(Photos.png(40, 30), 40.38, 110.03)).hasLocation());
        assertEquals(false, MetadataScan.png(Photos.png(40, 30)).hasLocation());
    }

    @Test
    void damagedMetadataIsIgnoredNotFatal() {
        byte[] photo = Photos.withGps(Photos.jpeg(40, 30), 40.38, 110.03, 3);
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            byte[] mutated = Arrays.copyOf(photo, 20 + random.nextInt(photo.length - 20));
            for (int k = 0; k < 4; k++) {
                mutated[random.nextInt(Math.min(mutated.length, 200))] = (byte) random.nextInt(256);
            }
            MetadataScan.jpeg(mutated);
            MetadataScan.png(mutated);
        }
    }
}
