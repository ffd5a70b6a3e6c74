package org.gridx.testkit.contract;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.gridx.testkit.AdminSql;

/**
 * A new, empty database on the test run's server, owned by the schema owner and migrated only with the
 * changelogs a test names, the way Liquibase runs them at install (as the owner, with the application role
 * as {@code app_role}). Dropped on close. Proves a module's changelog does not lean on anything the test
 * database happened to have.
 */
final class FreshDatabase implements AutoCloseable {

    private final Config config = ConfigProvider.getConfig();
    private final String name = "gridx_fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    FreshDatabase() {
        AdminSql.update("CREATE DATABASE " + name + " OWNER " + owner());
    }

    /** Runs each changelog in turn, as the owner; the first failure stops with Liquibase's message. */
    void migrate(List<String> changelogs) throws Exception {
        try (Connection c = connect()) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor(Thread.currentThread().getContextClassLoader());
            for (String changelog : changelogs) {
                Liquibase liquibase = new Liquibase(changelog, resources, db);
                liquibase.setChangeLogParameter("app_role", config.getValue("quarkus.datasource.username", String.class));
                liquibase.update(new Contexts(), new LabelExpression());
            }
        }
    }

    /** A connection as the schema owner (row-level security is forced, so it sees no tenant rows either). */
    Connection connect() throws SQLException {
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class).replaceFirst("/[^/?]+(\\?.*)?$", "/" + name);
        return DriverManager.getConnection(url, owner(), config.getValue("quarkus.liquibase.password", String.class));
    }

    private String owner() {
        return config.getValue("quarkus.liquibase.username", String.class);
    }

    @Override
    public void close() {
        AdminSql.update("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
