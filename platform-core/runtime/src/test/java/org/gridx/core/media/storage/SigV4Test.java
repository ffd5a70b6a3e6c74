package org.gridx.core.media.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signer against AWS's published Signature Version 4 examples. */
class SigV4Test {

    /** The "get-vanilla" case of the AWS SigV4 test suite. */
    @Test
    void getVanillaOfTheAwsTestSuite() {
        SigV4 signer = new SigV4("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "service");
        String auth = signer.authorization("GET", "/", "", Map.of("Host", "example.amazonaws.com",
                "X-Amz-Date", "20150830T123600Z"), SigV4.EMPTY_SHA256);
        assertEquals("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date, "
                + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", auth);
    }

    /** The S3 documentation's example "GET Object" (bytes 0–9 of examplebucket/test.txt). */
    @Test
    void s3GetObjectExample() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "examplebucket.s3.amazonaws.com");
        headers.put("Range", "bytes=0-9");
        headers.put("x-amz-content-sha256", SigV4.EMPTY_SHA256);
        headers.put("x-amz-date", "20130524T000000Z");
        String auth = s3().authorization("GET", "/test.txt", "", headers, SigV4.EMPTY_SHA256);
        assertEquals("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41", signature(auth));
        assertEquals("host;range;x-amz-content-sha256;x-amz-date", auth.replaceAll(".*SignedHeaders=([^,]*),.*", "$1"));
    }

    /** The S3 documentation's example "PUT Object": a key with '$' that must be percent-encoded. */
    @Test
    void s3PutObjectExample() {
        String payload = SigV4.sha256Hex("Welcome to Amazon S3.".getBytes(StandardCharsets.UTF_8));
        assertEquals("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072", payload);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "examplebucket.s3.amazonaws.com");
        headers.put("Date", "Fri, 24 May 2013 00:00:00 GMT");
        headers.put("x-amz-date", "20130524T000000Z");
        headers.put("x-amz-storage-class", "REDUCED_REDUNDANCY");
        headers.put("x-amz-content-sha256", payload);
        String auth = s3().authorization("PUT", SigV4.encodePath("/test$file.text"), "", headers, payload);
        assertEquals("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd", signature(auth));
    }

    @Test
    void pathsAreEncodedSegmentBySegment() {
        assertEquals("/bucket/t-1/ab/c%24d/%E7%85%A7%E7%89%87.jpg", SigV4.encodePath("/bucket/t-1/ab/c$d/照片.jpg"));
    }

    private static SigV4 s3() {
        return new SigV4("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1", "s3");
    }

    private static String signature(String authorization) {
        return authorization.substring(authorization.indexOf("Signature=") + 10);
    }
}
