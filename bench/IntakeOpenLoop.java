import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load for bench/case-intake.sh (wrk2 is not packaged here): sends reports at a fixed rate,
 * whatever the server's answers, and measures each latency from the moment the request was DUE, not when it
 * could be sent — so a stalled server shows up in the percentiles instead of slowing the client down
 * (coordinated omission). Same requests as case-intake.lua: a fresh Idempotency-Key each, a random point in
 * the demo street, an event item of the list.
 *
 * The first {@link #WARM_UP_SECONDS} seconds run at the same rate but are not counted (the client's own JIT
 * and connection set-up would otherwise sit in the tail).
 *
 * Usage: java IntakeOpenLoop.java URL TOKEN RATE SECONDS RUN   (URL = …/api/t/{tenant}/cases)
 * Prints: RESULT achieved-req/s p50-ms p90-ms p99-ms max-ms created other   (of the counted part)
 */
public class IntakeOpenLoop {

    static final int WARM_UP_SECONDS = 3;

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String token = args[1];
        double rate = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String run = args[4];
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        int warm = (int) Math.round(rate * WARM_UP_SECONDS);
        int total = warm + (int) Math.round(rate * seconds);
        long[] latencies = new long[total];
        boolean[] ok = new boolean[total];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        AtomicLong lastDone = new AtomicLong();
        // bounds what a dead server can pile up; a request waiting here is still timed from when it was due
        Semaphore inFlight = new Semaphore(512);
        long intervalNs = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNs;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            int n = i;
            client.sendAsync(request(uri, token, run, n), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        long now = System.nanoTime();
                        latencies[n] = now - due;
                        lastDone.accumulateAndGet(now, Math::max);
                        if (e == null && r.statusCode() == 201) {
                            ok[n] = true;
                        } else if (other.incrementAndGet() <= 3) {
                            System.err.println("open loop: " + (e != null ? e : "HTTP " + r.statusCode()));
                        }
                        done.incrementAndGet();
                        inFlight.release();
                    });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (done.get() < total && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        long[] sorted = Arrays.copyOfRange(latencies, warm, total);
        int created = 0;
        for (int i = 0; i < sorted.length; i++) {
            created += ok[warm + i] ? 1 : 0;
            if (sorted[i] == 0) {
                sorted[i] = Long.MAX_VALUE; // never answered: counts as slower than anything measured
            }
        }
        Arrays.sort(sorted);
        double counted = (lastDone.get() - (start + warm * intervalNs)) / 1e9;
        System.out.println(String.format(Locale.ROOT, "RESULT %.1f %.2f %.2f %.2f %.2f %d %d", created / counted,
                ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 1.0), created,
                sorted.length - created));
        System.exit(0);
    }

    private static HttpRequest request(URI uri, String token, String run, int n) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String body = String.format(Locale.ROOT,
                "{\"kind\":\"problem\",\"itemCode\":\"06%03d\",\"lon\":%.6f,\"lat\":%.6f,\"description\":\"压测上报 %s-%d：路面破损，请核实\"}",
                1 + r.nextInt(30), 110.0105 + r.nextDouble() * 0.039, 40.3855 + r.nextDouble() * 0.029, run, n);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "open-" + run + "-" + n)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static double ms(long[] sorted, double q) {
        long v = sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
        return v == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : v / 1e6;
    }
}
