package org.gridx.core.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridx.core.event.LiveSignals;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Fans live events out across replicas: one dedicated connection per replica (outside the pool, which
 * hands connections to one transaction at a time) LISTENs on {@link LiveSignals#CHANNEL}; a signal names
 * a tenant and a row, which {@link LiveSignalHandler} loads as that tenant and offers to this replica's
 * streams of that tenant. A broken connection is reopened with growing pauses; signals sent while it was
 * down are lost, but a browser that reconnects gets them from the outbox by Last-Event-ID.
 */
@ApplicationScoped
public class LiveListener {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int POLL_MILLIS = 500;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;
    @Inject
    LiveConfig config;
    @Inject
    LiveSignalHandler handler;

    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        if (!config.listen()) {
            Log.info("live streams of this replica get no events from others (gridx.live.listen=false)");
            return;
        }
        running = true;
        thread = new Thread(this::run, "gridx-live-listen");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(2 * POLL_MILLIS + 1000);
        }
    }

    /** Whether the LISTEN connection is up (for tests and health). */
    public boolean listening() {
        return listening;
    }

    private void run() {
        long pause = 500;
        while (running) {
            try (Connection c = connect()) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + LiveSignals.CHANNEL);
                }
                listening = true;
                pause = 500;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] signals = pg.getNotifications(POLL_MILLIS);
                    if (signals != null) {
                        for (PGNotification n : signals) {
                            handle(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    Log.warnf("live signal connection lost (%s); reconnecting in %d ms", e.getMessage(), pause);
                }
            } finally {
                listening = false;
            }
            if (running) {
                sleep(pause);
                pause = Math.min(pause * 2, 30_000);
            }
        }
    }

    private void handle(String payload) {
        try {
            JsonNode signal = JSON.readTree(payload);
            String tenant = signal.path("tenant").asText(null);
            if (tenant == null) {
                return;
            }
            if (signal.has("seqs")) {
                List<Long> seqs = new ArrayList<>();
                signal.get("seqs").forEach(n -> seqs.add(n.asLong()));
                handler.events(tenant, seqs);
            } else if (signal.has("notification")) {
                handler.notification(tenant, signal.get("notification").asText());
            }
        } catch (Exception e) {
            Log.warnf(e, "live signal %s could not be handled", payload);
        }
    }

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        password.ifPresent(pw -> p.setProperty("password", pw));
        p.setProperty("ApplicationName", "gridx-live-listen");
        Connection c = new org.postgresql.Driver().connect(url, p);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        return c;
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
