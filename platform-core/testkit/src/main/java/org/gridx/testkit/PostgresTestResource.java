package org.gridx.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for every test run, so leftover state can neither pass nor fail a test.
 * Uses the server on 127.0.0.1:5432 when one answers (CI, developer machines) and otherwise starts an
 * embedded one, so tests run on a machine that has only a JDK and Maven. Creates the two roles the
 * platform insists on: a schema owner for Liquibase and a plain application role without BYPASSRLS.
 * Also writes a fresh RS256 key pair for tokens.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String OWNER = "gridx_test_owner";
    public static final String APP = "gridx_test_app";
    private static final String PASSWORD = "gridx-test";

    private EmbeddedPostgres embedded;
    private String adminUrl;
    private String database;

    @Override
    public Map<String, String> start() {
        String host = System.getenv().getOrDefault("GRIDX_TEST_PG_HOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("GRIDX_TEST_PG_PORT", "5432");
        String admin = System.getenv().getOrDefault("GRIDX_TEST_PG_ADMIN", "postgres");
        adminUrl = "jdbc:postgresql://" + host + ":" + port + "/postgres?user=" + admin;
        if (!answers(adminUrl)) {
            if ("true".equals(System.getenv("GRIDX_TEST_REQUIRE_SERVER"))) {
                throw new IllegalStateException("no PostgreSQL at " + host + ":" + port
                        + " and GRIDX_TEST_REQUIRE_SERVER=true: start it (see README) before running tests");
            }
            System.err.println("[gridx-test] no PostgreSQL at " + host + ":" + port + "; starting an embedded one");
            embedded = startEmbedded();
            adminUrl = embedded.getJdbcUrl("postgres", "postgres");
        }
        database = "gridx_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin(adminUrl,
                createRole(OWNER, "NOSUPERUSER NOBYPASSRLS NOCREATEROLE"),
                createRole(APP, "NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB"),
                "CREATE DATABASE " + database + " OWNER " + OWNER);
        String url = adminUrl.replaceFirst("/postgres(\\?.*)?$", "/" + database);

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", url);
        config.put("quarkus.datasource.username", APP);
        config.put("quarkus.datasource.password", PASSWORD);
        config.put("quarkus.liquibase.username", OWNER);
        config.put("quarkus.liquibase.password", PASSWORD);
        config.put("gridx.test.admin-url", adminUrl.replaceFirst("/postgres(\\?)", "/" + database + "$1"));
        config.putAll(TestKeys.write());
        return config;
    }

    @Override
    public void stop() {
        try {
            if (database != null) {
                admin(adminUrl, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        } catch (RuntimeException e) {
            System.err.println("[gridx-test] could not drop " + database + ": " + e.getMessage());
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("[gridx-test] embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private static String createRole(String name, String options) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + name + "') THEN "
                + "CREATE ROLE " + name + " LOGIN PASSWORD '" + PASSWORD + "' " + options + "; END IF; "
                + "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$";
    }

    private static boolean answers(String url) {
        try (Connection ignored = DriverManager.getConnection(url)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void admin(String url, String... statements) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test database setup failed: " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres startEmbedded() {
        try {
            Path dir = Files.createTempDirectory("gridx-test-pg");
            return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start an embedded PostgreSQL", e);
        }
    }
}
