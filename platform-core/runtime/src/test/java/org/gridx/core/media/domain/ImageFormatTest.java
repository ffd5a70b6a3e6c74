package org.gridx.core.media.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageFormatTest {

    @Test
    void formatsComeFromTheFirstBytes() {
        assertEquals(Optional.of(ImageFormat.JPEG), ImageFormat.detect(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}));
        assertEquals(Optional.of(ImageFormat.PNG), ImageFormat.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}));
        assertEquals(Optional.of(ImageFormat.WEBP), ImageFormat.detect(ascii("RIFF\1\2\3\4WEBPVP8L")));
        assertEquals(Optional.empty(), ImageFormat.detect(ascii("RIFF\1\2\3\4WAVEfmt ")));
        assertEquals(Optional.empty(), ImageFormat.detect(ascii("GIF89a")));
        assertEquals(Optional.empty(), ImageFormat.detect(new byte[] {(byte) 0xff, (byte) 0xd8}));
        assertEquals(Optional.empty(), ImageFormat.detect(new byte[0]));
        assertFalse(ImageFormat.WEBP.accepted());
        assertTrue(ImageFormat.JPEG.accepted() && ImageFormat.PNG.accepted());
    }

    @Test
    void heicIsRecognisedByItsBrand() {
        assertTrue(ImageFormat.looksLikeHeic(ascii("\0\0\0\u0018ftypheic\0\0\0\0")));
        assertTrue(ImageFormat.looksLikeHeic(ascii("\0\0\0\u0018ftypmif1\0\0\0\0")));
        assertFalse(ImageFormat.looksLikeHeic(ascii("\0\0\0\u0018ftypisom\0\0\0\0")));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
