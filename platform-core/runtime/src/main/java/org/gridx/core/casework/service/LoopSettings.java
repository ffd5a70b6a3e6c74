package org.gridx.core.casework.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.casework.domain.CaseSettings;
import org.gridx.core.tenancy.db.TransactionSql;

/**
 * The tenant's loop settings, read once per transaction: one intake asks for them in three places (duplicate
 * radius, service limits, reminder share) and each ask was a query of its own. Read in plain SQL into a
 * detached {@link CaseSettings} (read-only here; the settings service edits the entity): the entity query
 * cost several times the statement in the JVM on every report.
 */
@TransactionScoped
public class LoopSettings implements Serializable {

    private static final TypeReference<Map<String, String>> LIMITS = new TypeReference<>() { };

    @Inject
    TransactionSql sql;
    @Inject
    TenantContext tenants;
    @Inject
    ObjectMapper json;

    /** The settings' columns, as {@link #prime} reads them from a query joining {@code case_settings} as {@code s}. */
    static final String COLUMNS = "s.tenant_id, s.duplicate_radius_m, s.duplicate_window, s.service_limits::text, s.remind_at_percent";

    private transient CaseSettings read;

    public CaseSettings get() {
        if (read == null) {
            read = sql.rows("SELECT " + COLUMNS + " FROM (SELECT 1) one LEFT JOIN case_settings s ON s.tenant_id = ?",
                    rs -> settings(rs, 1), tenants.require()).get(0); // one row, of NULLs when there are none
        }
        return read;
    }

    /**
     * The settings as a query of this transaction already read them ({@link #COLUMNS} from column {@code first}
     * on; NULLs when the tenant has none): intake reads them with its first query instead of a round trip of its own.
     */
    void prime(ResultSet rs, int first) throws SQLException {
        if (read == null) {
            read = settings(rs, first);
        }
    }

    private CaseSettings settings(ResultSet rs, int first) throws SQLException {
        if (rs.getString(first) == null) {
            return new CaseSettings(); // the defaults
        }
        CaseSettings s = new CaseSettings();
        s.duplicateRadiusM = rs.getInt(first + 1);
        s.duplicateWindow = rs.getString(first + 2);
        s.serviceLimits = limits(rs.getString(first + 3));
        s.remindAtPercent = rs.getShort(first + 4);
        return s;
    }

    private Map<String, String> limits(String text) {
        try {
            return text == null ? CaseSettings.defaultServiceLimits() : json.readValue(text, LIMITS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case_settings.service_limits is not a JSON object of durations: " + text, e);
        }
    }
}
