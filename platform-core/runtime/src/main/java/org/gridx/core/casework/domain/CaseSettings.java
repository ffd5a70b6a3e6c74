package org.gridx.core.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridx.api.tenant.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tenant's loop settings: the duplicate window and the time limits of residents' service requests. */
@Entity
@Table(name = "case_settings")
public class CaseSettings extends TenantOwnedEntity {

    @Column(name = "duplicate_radius_m")
    public int duplicateRadiusM = 50;
    @Column(name = "duplicate_window")
    public String duplicateWindow = "PT72H";
    @Column(name = "service_limits")
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> serviceLimits = defaultServiceLimits();
    @Column(name = "remind_at_percent")
    public short remindAtPercent = 75;

    public static Map<String, String> defaultServiceLimits() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("verify", "PT2H");
        m.put("dispatch", "PT2H");
        m.put("accept", "PT2H");
        m.put("handle", "PT72H");
        m.put("check", "PT24H");
        return m;
    }

    /** The stored settings, or the defaults (not saved) when the tenant never changed them. */
    public static CaseSettings current() {
        return CaseSettings.<CaseSettings>findAll().firstResultOptional().orElseGet(CaseSettings::new);
    }
}
