package org.gridx.core.assessment.analysis.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads rows with plain SQL on the current transaction's connection (stamped with the tenant, so row-level
 * security applies): the analyses read a few bounded statements per call and map rows to small records.
 */
@ApplicationScoped
public class AnalysisSql {

    /** Maps the current row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @Inject
    AgroalDataSource db;

    /** {@code String[]} parameters are passed as a PostgreSQL text array (for {@code = ANY(?)}). */
    public <T> List<T> rows(String sql, Row<T> row, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                ps.setObject(i + 1, p instanceof String[] a ? c.createArrayOf("text", a) : p);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the analysis: " + e.getMessage(), e);
        }
    }
}
