package org.gridx.core.media.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.gridx.core.media.domain.ImageFormat;

/** The checks every upload passes before anything is decoded: not empty, not too large, an accepted type by content. */
final class UploadCheck {

    private UploadCheck() {
    }

    static ImageFormat format(Upload u, long maxBytes) {
        byte[] b = u.bytes();
        if (b.length == 0) {
            throw MediaProblems.empty(u);
        }
        if (b.length > maxBytes) {
            throw MediaProblems.tooLarge(u, maxBytes);
        }
        Optional<ImageFormat> format = ImageFormat.detect(b);
        if (format.isEmpty()) {
            throw MediaProblems.unsupported(u, describe(b));
        }
        if (!format.get().accepted()) {
            throw MediaProblems.unsupported(u, "a WebP image (refused: it cannot be decoded here, so its location data could not be removed)");
        }
        return format.get();
    }

    /** A hint at what was sent instead, for the common mistakes. */
    static String describe(byte[] b) {
        if (ImageFormat.looksLikeHeic(b)) {
            return "a HEIC/HEIF image (an iPhone's default; choose Settings → Camera → Formats → Most Compatible, or share it as JPEG)";
        }
        String head = new String(b, 0, Math.min(b.length, 8), StandardCharsets.ISO_8859_1);
        if (head.startsWith("GIF8")) {
            return "a GIF image";
        }
        if (head.startsWith("%PDF")) {
            return "a PDF document";
        }
        if (head.startsWith("PK")) {
            return "a ZIP archive or office document";
        }
        return "of an unrecognised type";
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
