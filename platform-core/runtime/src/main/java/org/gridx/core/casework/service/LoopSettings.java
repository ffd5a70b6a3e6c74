package org.gridx.core.casework.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
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

    private transient CaseSettings read;

    public CaseSettings get() {
        if (read == null) {
            read = sql.rows("SELECT duplicate_radius_m, duplicate_window, service_limits::text, remind_at_percent "
                    + "FROM case_settings WHERE tenant_id = ?", rs -> {
                        CaseSettings s = new CaseSettings();
                        s.duplicateRadiusM = rs.getInt(1);
                        s.duplicateWindow = rs.getString(2);
                        s.serviceLimits = limits(rs.getString(3));
                        s.remindAtPercent = rs.getShort(4);
                        return s;
                    }, tenants.require()).stream().findFirst().orElseGet(CaseSettings::new);
        }
        return read;
    }

    private Map<String, String> limits(String text) {
        try {
            return text == null ? CaseSettings.defaultServiceLimits() : json.readValue(text, LIMITS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case_settings.service_limits is not a JSON object of durations: " + text, e);
        }
    }
}
