package org.gridx.core.calendar.service;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.tenancy.db.TransactionSql;

/**
 * The current tenant's calendar mode and version, read once per transaction ({@link CalendarStore#current()}
 * parses a calendar once per version): intake reads the row with its first query ({@link #COLUMNS}, {@link #prime})
 * instead of a round trip of its own. {@link CalendarStore#replace} forgets it, so a transaction that edits
 * the calendar computes later limits with the new one.
 */
@TransactionScoped
public class CalendarRow implements Serializable {

    /** Mode and version, NULLs when the tenant has no calendar: natural hours. */
    public record Seen(String mode, int version) {
        boolean natural() {
            return mode == null || "natural".equals(mode);
        }
    }

    /** The row's columns, as {@link #prime} reads them from a query joining {@code work_calendar} as {@code wc}. */
    public static final String COLUMNS = "wc.mode, wc.version";

    @Inject
    TransactionSql sql;
    @Inject
    TenantContext tenants;

    private transient Seen seen;

    Seen get() {
        if (seen == null) {
            seen = sql.rows("SELECT " + COLUMNS + " FROM (SELECT 1) one LEFT JOIN work_calendar wc ON wc.tenant_id = ?",
                    rs -> seen(rs, 1), tenants.require()).get(0);
        }
        return seen;
    }

    /** The row as a query of this transaction already read it ({@link #COLUMNS} from column {@code first} on). */
    public void prime(ResultSet rs, int first) throws SQLException {
        if (seen == null) {
            seen = seen(rs, first);
        }
    }

    void forget() {
        seen = null;
    }

    private static Seen seen(ResultSet rs, int first) throws SQLException {
        return new Seen(rs.getString(first), rs.getInt(first + 1));
    }
}
