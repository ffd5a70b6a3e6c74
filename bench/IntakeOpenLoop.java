import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
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
 * It shares the machine's cores with what it measures, so it is kept as light as wrk: plain HTTP/1.1 over
 * {@link #CONNECTIONS} kept-alive sockets, one thread each; a thread takes the next request number, waits for
 * its due time, sends it and reads the answer. When every connection is busy the next request waits for one,
 * and that wait counts in its latency. (java.net.http's client cost 1.2–2.4 ms of CPU per request here, about
 * half of what the application itself spends on a report, so the run at "70 % of peak" was in fact saturated.)
 *
 * The first {@link #WARM_UP_SECONDS} seconds run at the same rate but are not counted (the client's own JIT
 * and connection set-up would otherwise sit in the tail).
 *
 * Usage: java IntakeOpenLoop.java URL TOKEN RATE SECONDS RUN   (URL = http://host:port/api/t/{tenant}/cases)
 * Prints: RESULT achieved-req/s p50-ms p90-ms p99-ms max-ms created other   (of the counted part)
 */
public class IntakeOpenLoop {

    static final int WARM_UP_SECONDS = 3;
    static final int CONNECTIONS = 64;

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String token = args[1];
        double rate = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String run = args[4];
        int warm = (int) Math.round(rate * WARM_UP_SECONDS);
        int total = warm + (int) Math.round(rate * seconds);
        long[] latencies = new long[total];
        boolean[] ok = new boolean[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        AtomicLong lastDone = new AtomicLong();
        long intervalNs = (long) (1e9 / rate);
        long start = System.nanoTime() + 100_000_000L; // every connection open before the first is due
        Thread[] workers = new Thread[CONNECTIONS];
        for (int w = 0; w < CONNECTIONS; w++) {
            workers[w] = new Thread(() -> {
                Connection c = null;
                for (int n; (n = next.getAndIncrement()) < total; ) {
                    long due = start + n * intervalNs;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    int status;
                    try {
                        c = c == null || c.socket.isClosed() ? new Connection(uri) : c;
                        status = c.post(request(uri, token, run, n));
                    } catch (IOException e) {
                        status = -1;
                        if (other.get() < 3) {
                            System.err.println("open loop: " + e);
                        }
                        c = c == null ? null : c.close();
                    }
                    long now = System.nanoTime();
                    latencies[n] = now - due;
                    lastDone.accumulateAndGet(now, Math::max);
                    if (status == 201) {
                        ok[n] = true;
                    } else if (other.incrementAndGet() <= 3 && status > 0) {
                        System.err.println("open loop: HTTP " + status);
                    }
                }
                if (c != null) {
                    c.close();
                }
            });
            workers[w].start();
        }
        for (Thread w : workers) {
            w.join(Math.max(1, (long) (seconds + WARM_UP_SECONDS + 30) * 1000));
        }
        if (System.getenv("BENCH_OPEN_TIMELINE") != null) { // per second of the run: requests, p99, max (ms)
            int per = (int) Math.round(rate);
            for (int from = 0; from < total; from += per) {
                long[] s = Arrays.copyOfRange(latencies, from, Math.min(total, from + per));
                Arrays.sort(s);
                System.err.printf(Locale.ROOT, "second %d: p99 %.1f ms, max %.1f ms%n", from / per, ms(s, 0.99), ms(s, 1.0));
            }
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

    private static byte[] request(URI uri, String token, String run, int n) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        byte[] body = String.format(Locale.ROOT,
                "{\"kind\":\"problem\",\"itemCode\":\"06%03d\",\"lon\":%.6f,\"lat\":%.6f,\"description\":\"压测上报 %s-%d：路面破损，请核实\"}",
                1 + r.nextInt(30), 110.0105 + r.nextDouble() * 0.039, 40.3855 + r.nextDouble() * 0.029, run, n)
                .getBytes(StandardCharsets.UTF_8);
        String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getAuthority()
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nIdempotency-Key: open-"
                + run + "-" + n + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + body.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private static double ms(long[] sorted, double q) {
        long v = sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
        return v == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : v / 1e6;
    }

    /** One kept-alive HTTP/1.1 connection: writes a request, reads the status and skips the body. */
    static final class Connection {
        final Socket socket;
        final OutputStream out;
        final InputStream in;

        Connection(URI uri) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort()), 5_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
        }

        int post(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String h; !(h = line()).isEmpty(); ) {
                String l = h.toLowerCase(Locale.ROOT);
                if (l.startsWith("content-length:")) {
                    length = Long.parseLong(l.substring(15).trim());
                } else if (l.startsWith("transfer-encoding:") && l.contains("chunked")) {
                    chunked = true;
                } else if (l.startsWith("connection:") && l.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                for (long size; (size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0; ) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) { // trailers
                }
            } else if (length > 0) {
                skip(length);
            }
            if (close) {
                socket.close(); // the answer counts; the next request opens a new connection
            }
            return code;
        }

        private String line() throws IOException {
            StringBuilder s = new StringBuilder();
            for (int b; (b = in.read()) != '\n'; ) {
                if (b < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (b != '\r') {
                    s.append((char) b);
                }
            }
            return s.toString();
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long k = in.skip(n);
                if (k <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed by the server");
                    }
                    k = 1;
                }
                n -= k;
            }
        }

        Connection close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to do
            }
            return null;
        }
    }
}
