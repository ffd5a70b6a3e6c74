package org.gridx.core.tenancy.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "is this an active tenant?" (and its time zone and names) for every tenant-scoped request, and
 * lists the active tenants for background work. Reads the global tenant table with
 * plain JDBC (no Hibernate session is opened before the request knows its tenant) and remembers answers
 * briefly: a suspension reaches other replicas within {@link #TTL}, and this replica at once.
 */
@ApplicationScoped
public class TenantDirectory {

    static final Duration TTL = Duration.ofSeconds(10);
    /** Where the model comes from; used only for a tenant that does not exist. */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private record Entry(boolean active, ZoneId zone, String nameZh, String nameEn, Instant until) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    @Inject
    AgroalDataSource dataSource;

    Clock clock = Clock.systemUTC();

    public boolean isActive(String code) {
        return entry(code).active;
    }

    /** The tenant's time zone, in which its people read dates and its periods (days, months) are cut. */
    public ZoneId zone(String code) {
        return entry(code).zone;
    }

    /** The tenant's name in the page's language (the code itself for a tenant that does not exist). */
    public String name(String code, boolean english) {
        Entry e = entry(code);
        String name = english ? e.nameEn : e.nameZh;
        return name == null ? code : name;
    }

    private Entry entry(String code) {
        Instant now = clock.instant();
        Entry e = cache.get(code);
        if (e == null || e.until.isBefore(now)) {
            e = lookup(code, now.plus(TTL));
            cache.put(code, e);
        }
        return e;
    }

    /**
     * Codes of every active tenant, read fresh: background work (the outbox relay, timers) walks this list
     * and runs each tenant's share as that tenant, since there is no "all tenants" unit of work.
     */
    public List<String> activeCodes() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT code FROM tenant WHERE status = 'active' ORDER BY code");
                ResultSet rs = ps.executeQuery()) {
            List<String> codes = new ArrayList<>();
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the tenant directory", e);
        }
    }

    /** Called after a tenant is created, changed or suspended on this replica. */
    public void forget(String code) {
        cache.remove(code);
    }

    private Entry lookup(String code, Instant until) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT status, time_zone, name_zh, name_en FROM tenant WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                boolean found = rs.next();
                return found
                        ? new Entry("active".equals(rs.getString(1)), ZoneId.of(rs.getString(2)), rs.getString(3),
                                rs.getString(4), until)
                        : new Entry(false, DEFAULT_ZONE, null, null, until);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the tenant directory", e);
        }
    }
}
