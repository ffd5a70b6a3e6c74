package org.gridx.app.live;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A server-sent-event reader for tests, on java.net.http as a browser's EventSource would read the
 * stream: lines into events (id, event, data), comments kept apart. Reads on a daemon thread.
 */
final class SseClient implements AutoCloseable {

    record Event(String id, String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<String> comments = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final HttpResponse<Stream<String>> response;

    private SseClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        if (response.statusCode() == 200) {
            Thread reader = new Thread(this::read, "test-sse-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Opens {@code path} with a bearer token (or, when {@code cookie} is true, the session cookie). */
    static SseClient open(String base, String path, String token, boolean cookie, String lastEventId) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + path))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header(cookie ? "Cookie" : "Authorization", cookie ? "gridx_token=" + token : "Bearer " + token);
        }
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseClient(HttpClient.newHttpClient().send(b.GET().build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static SseClient open(String base, String path, String token) {
        return open(base, path, token, false, null);
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private String body;

    /** The body of a refused stream (a problem+json). */
    synchronized String body() {
        if (body == null) {
            body = String.join("\n", response.body().toList());
        }
        return body;
    }

    List<String> comments() {
        return comments;
    }

    /** The next event that matches, skipping others; fails after {@code timeout}. */
    Event next(Predicate<Event> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Event e = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no matching event within " + timeout);
            }
            if (wanted.test(e)) {
                return e;
            }
        }
    }

    /** Every event up to and including the first that matches; fails after {@code timeout}. */
    List<Event> upTo(Predicate<Event> last, Duration timeout) throws InterruptedException {
        List<Event> got = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (got.isEmpty() || !last.test(got.get(got.size() - 1))) {
            long left = deadline - System.nanoTime();
            Event e = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no matching event within " + timeout + "; got " + got);
            }
            got.add(e);
        }
        return got;
    }

    /** Every event that arrives until none has come for {@code quiet}. */
    List<Event> drain(Duration quiet) throws InterruptedException {
        List<Event> got = new ArrayList<>();
        Event e;
        while ((e = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            got.add(e);
        }
        return got;
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = null;
        try {
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.isEmpty()) {
                    if (data != null || name != null) {
                        events.add(new Event(id, name == null ? "message" : name, data == null ? "" : data.toString()));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> { }
                    }
                }
            }
        } catch (RuntimeException closed) {
            // the test closed the stream
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }
}
