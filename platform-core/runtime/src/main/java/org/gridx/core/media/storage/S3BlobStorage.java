package org.gridx.core.media.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Photos in an S3-compatible bucket, over plain HTTP with SigV4-signed requests. Path-style addressing
 * ({@code endpoint/bucket/key}) by default, since MinIO and most self-hosted stores expect it; AWS itself
 * also takes virtual-hosted style ({@code bucket.endpoint/key}) with {@code path-style=false}.
 */
public class S3BlobStorage implements BlobStorage {

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI endpoint;
    private final String bucket;
    private final boolean pathStyle;
    private final SigV4 signer;
    private final HttpClient http;
    Clock clock = Clock.systemUTC();

    public S3BlobStorage(String endpoint, String bucket, String region, String accessKey, String secretKey, boolean pathStyle) {
        this.endpoint = URI.create(endpoint.replaceAll("/+$", ""));
        if (this.endpoint.getScheme() == null || this.endpoint.getHost() == null) {
            throw new IllegalArgumentException("gridx.media.s3.endpoint must be an absolute URL such as https://s3.example.com, not '"
                    + endpoint + "'");
        }
        this.bucket = bucket;
        this.pathStyle = pathStyle;
        this.signer = new SigV4(accessKey, secretKey, region, "s3");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public void put(String key, byte[] data, String contentType) {
        HttpResponse<byte[]> r = send("PUT", key, data, contentType);
        if (r.statusCode() / 100 != 2) {
            throw failure("store", key, r);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        HttpResponse<byte[]> r = send("GET", key, null, null);
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        if (r.statusCode() / 100 != 2) {
            throw failure("read", key, r);
        }
        return Optional.of(r.body());
    }

    @Override
    public void delete(String key) {
        HttpResponse<byte[]> r = send("DELETE", key, null, null);
        if (r.statusCode() / 100 != 2 && r.statusCode() != 404) {
            throw failure("delete", key, r);
        }
    }

    /** The request URI of a key; its path is also the canonical URI that is signed. */
    URI uri(String key) {
        String path = SigV4.encodePath(endpoint.getRawPath() + (pathStyle ? "/" + bucket : "") + "/" + BlobStorage.checked(key));
        String host = pathStyle ? endpoint.getHost() : bucket + "." + endpoint.getHost();
        return URI.create(endpoint.getScheme() + "://" + host + (endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort()) + path);
    }

    private HttpResponse<byte[]> send(String method, String key, byte[] body, String contentType) {
        URI uri = uri(key);
        String payloadHash = body == null ? SigV4.EMPTY_SHA256 : SigV4.sha256Hex(body);
        Map<String, String> signed = new LinkedHashMap<>();
        // java.net.http sends Host as the URI's authority; sign exactly that.
        signed.put("host", uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        signed.put("x-amz-content-sha256", payloadHash);
        signed.put("x-amz-date", AMZ_DATE.format(clock.instant()));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("x-amz-content-sha256", payloadHash)
                .header("x-amz-date", signed.get("x-amz-date"))
                .header("Authorization", signer.authorization(method, uri.getRawPath(), "", signed, payloadHash))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("object storage at " + endpoint + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to object storage", e);
        }
    }

    private IllegalStateException failure(String what, String key, HttpResponse<byte[]> r) {
        String body = new String(r.body(), StandardCharsets.UTF_8);
        return new IllegalStateException("object storage refused to " + what + " " + key + ": HTTP " + r.statusCode() + " "
                + body.substring(0, Math.min(300, body.length())));
    }
}
