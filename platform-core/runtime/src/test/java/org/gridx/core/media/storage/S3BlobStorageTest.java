package org.gridx.core.media.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The S3 storage against a small in-process stand-in for an S3-compatible server, which checks every
 * request's SigV4 signature and payload hash the way a real one does, and refuses what does not match.
 */
class S3BlobStorageTest {

    static final String KEY = "st-abc123/ab/ab12/public";

    HttpServer server;
    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    final List<String> seen = new CopyOnWriteArrayList<>();
    S3BlobStorage store;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        store = new S3BlobStorage("http://127.0.0.1:" + server.getAddress().getPort(), "photos", "cn-north-1", "AK", "SECRET", true);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void putGetDeleteWithSignedRequestsInPathStyle() {
        assertEquals(Optional.empty(), store.get(KEY));
        store.put(KEY, new byte[] {9, 8, 7}, "image/jpeg");
        assertArrayEquals(new byte[] {9, 8, 7}, store.get(KEY).orElseThrow());
        store.delete(KEY);
        assertEquals(Optional.empty(), store.get(KEY));
        assertEquals(List.of("GET /photos/" + KEY, "PUT /photos/" + KEY, "GET /photos/" + KEY, "DELETE /photos/" + KEY,
                "GET /photos/" + KEY), seen);
    }

    @Test
    void aRefusalIsAnErrorNamingTheStatus() {
        S3BlobStorage wrongSecret = new S3BlobStorage("http://127.0.0.1:" + server.getAddress().getPort(), "photos",
                "cn-north-1", "AK", "WRONG", true);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> wrongSecret.put(KEY, new byte[] {1}, "image/png"));
        assertTrue(e.getMessage().contains("HTTP 403"), e.getMessage());
    }

    @Test
    void virtualHostedStyleNamesTheBucketInTheHost() {
        S3BlobStorage aws = new S3BlobStorage("https://s3.cn-north-1.amazonaws.com.cn", "photos", "cn-north-1", "AK", "S", false);
        assertEquals("https://photos.s3.cn-north-1.amazonaws.com.cn/" + KEY, aws.uri(KEY).toString());
        assertThrows(IllegalArgumentException.class, () -> new S3BlobStorage("s3.example.com", "b", "r", "a", "s", true));
    }

    private void handle(HttpExchange x) throws IOException {
        byte[] body = x.getRequestBody().readAllBytes();
        String path = x.getRequestURI().getRawPath();
        seen.add(x.getRequestMethod() + " " + path);
        String hash = x.getRequestHeaders().getFirst("x-amz-content-sha256");
        Map<String, String> signed = Map.of("host", x.getRequestHeaders().getFirst("Host"), "x-amz-content-sha256", hash,
                "x-amz-date", x.getRequestHeaders().getFirst("x-amz-date"));
        String expected = new SigV4("AK", "SECRET", "cn-north-1", "s3").authorization(x.getRequestMethod(), path, "", signed, hash);
        if (!expected.equals(x.getRequestHeaders().getFirst("Authorization")) || !SigV4.sha256Hex(body).equals(hash)) {
            reply(x, 403, "<Error><Code>SignatureDoesNotMatch</Code></Error>".getBytes());
            return;
        }
        switch (x.getRequestMethod()) {
            case "PUT" -> {
                objects.put(path, body);
                reply(x, 200, new byte[0]);
            }
            case "GET" -> {
                byte[] o = objects.get(path);
                reply(x, o == null ? 404 : 200, o == null ? "<Error><Code>NoSuchKey</Code></Error>".getBytes() : o);
            }
            case "DELETE" -> {
                objects.remove(path);
                reply(x, 204, null);
            }
            default -> reply(x, 405, new byte[0]);
        }
    }

    private static void reply(HttpExchange x, int status, byte[] body) throws IOException {
        x.sendResponseHeaders(status, body == null ? -1 : body.length == 0 ? -1 : body.length);
        if (body != null && body.length > 0) {
            x.getResponseBody().write(body);
        }
        x.close();
    }
}
