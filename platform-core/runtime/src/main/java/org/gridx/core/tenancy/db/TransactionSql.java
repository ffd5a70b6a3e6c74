package org.gridx.core.tenancy.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plain SQL on the current transaction's connection (Agroal hands the same one, already stamped with the
 * tenant, to everyone in a transaction), for hot statements on tables no entity maps. A Hibernate native
 * statement there would flush the session and, for an update, schedule a bulk-cleanup pass over every
 * entity type first — most of the cost of the small writes each intake and move makes.
 */
@ApplicationScoped
public class TransactionSql {

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @Inject
    AgroalDataSource db;

    public int update(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + firstWords(sql) + ": " + e.getMessage(), e);
        }
    }

    /** The writes as one statement, in one round trip (see {@link SqlWrite}); returns the last one's row count. */
    public int write(List<SqlWrite> writes) {
        if (writes.isEmpty()) {
            return 0;
        }
        return update(SqlWrite.together(writes), writes.stream().flatMap(w -> w.params().stream()).toArray());
    }

    public long singleLong(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException(firstWords(sql) + " returned no row");
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + firstWords(sql) + ": " + e.getMessage(), e);
        }
    }

    /** Every row of a query, mapped; for reads of a few bounded rows that no entity maps (sums, names). */
    public <T> List<T> rows(String sql, Row<T> row, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + firstWords(sql) + ": " + e.getMessage(), e);
        }
    }

    /** {@code String[]} and {@code UUID[]} parameters go as PostgreSQL arrays (for {@code = ANY(?)}). */
    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof String[] a) {
                ps.setArray(i + 1, c.createArrayOf("text", a));
            } else if (p instanceof UUID[] a) {
                ps.setArray(i + 1, c.createArrayOf("uuid", a));
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }

    private static String firstWords(String sql) {
        String s = sql.strip().replaceAll("\\s+", " ");
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
