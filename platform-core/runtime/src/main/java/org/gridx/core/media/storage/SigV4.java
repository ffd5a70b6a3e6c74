package org.gridx.core.media.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for the Authorization header: canonical request → string to sign → HMAC
 * chain over date, region and service. Written here instead of pulling in the AWS SDK for three calls
 * (put, get, delete); SigV4Test checks it against AWS's published examples.
 */
public final class SigV4 {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /** SHA-256 of the empty payload, used by bodiless requests. */
    public static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final HexFormat HEX = HexFormat.of();

    private final String accessKey;
    private final String secretKey;
    private final String region;
    private final String service;

    public SigV4(String accessKey, String secretKey, String region, String service) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.region = region;
        this.service = service;
    }

    /**
     * The Authorization header value. {@code headers} are every header to sign, including {@code host} and
     * {@code x-amz-date} (yyyyMMdd'T'HHmmss'Z'); {@code canonicalUri} is the path exactly as sent (already
     * encoded); {@code payloadHash} the hex SHA-256 of the body.
     */
    public String authorization(String method, String canonicalUri, String canonicalQuery, Map<String, String> headers,
            String payloadHash) {
        TreeMap<String, String> canonical = new TreeMap<>();
        headers.forEach((name, value) -> canonical.put(name.toLowerCase(java.util.Locale.ROOT), value.strip().replaceAll(" +", " ")));
        String amzDate = canonical.get("x-amz-date");
        if (amzDate == null || amzDate.length() != 16) {
            throw new IllegalArgumentException("x-amz-date (yyyyMMdd'T'HHmmss'Z') must be among the signed headers");
        }
        String signedHeaders = String.join(";", canonical.keySet());
        String request = method + "\n" + canonicalUri + "\n" + canonicalQuery + "\n"
                + canonical.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue() + "\n").collect(Collectors.joining())
                + "\n" + signedHeaders + "\n" + payloadHash;
        String scope = amzDate.substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
        String toSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + sha256Hex(request.getBytes(StandardCharsets.UTF_8));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), amzDate.substring(0, 8));
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        String signature = HEX.formatHex(hmac(key, toSign));
        return ALGORITHM + " Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + signature;
    }

    /** A path with every segment percent-encoded as SigV4 wants (RFC 3986 unreserved characters stay). */
    public static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(HEX.withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
