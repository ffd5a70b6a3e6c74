package org.gridx.core.media.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats recognised from their first bytes, never from a file name or a declared content
 * type. JPEG and PNG are accepted; WebP is recognised but refused (see {@link #accepted()}).
 */
public enum ImageFormat {
    JPEG("image/jpeg", "jpeg"),
    PNG("image/png", "png"),
    WEBP("image/webp", null);

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String contentType;
    private final String imageIoName;

    ImageFormat(String contentType, String imageIoName) {
        this.contentType = contentType;
        this.imageIoName = imageIoName;
    }

    public String contentType() {
        return contentType;
    }

    /** The javax.imageio format name, used to decode and re-encode. */
    public String imageIoName() {
        return imageIoName;
    }

    /**
     * WebP is not accepted: the JDK cannot decode it, so neither a thumbnail nor a re-encoded, location-free
     * rendition could be made, and serving the original to residents could leak GPS. Phones send JPEG.
     */
    public boolean accepted() {
        return imageIoName != null;
    }

    public static Optional<ImageFormat> detect(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (b.length >= 8 && Arrays.equals(b, 0, 8, PNG_MAGIC, 0, 8)) {
            return Optional.of(PNG);
        }
        if (b.length >= 12 && ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** HEIC/HEIF (iPhones' default): an ISO media file whose brand names it; refused with its own hint. */
    public static boolean looksLikeHeic(byte[] b) {
        if (b.length < 12 || !ascii(b, 4, "ftyp")) {
            return false;
        }
        String brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
        return brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")
                || brand.equals("avif");
    }

    private static boolean ascii(byte[] b, int at, String s) {
        return Arrays.equals(b, at, at + s.length(), s.getBytes(StandardCharsets.US_ASCII), 0, s.length());
    }
}
