package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.gridx.core.grid.service.GridLocator;
import org.gridx.core.lists.domain.DisposalListVersion;
import org.gridx.core.tenancy.db.TransactionSql;

/**
 * What every report reads before it writes, in one plain-SQL round trip on the transaction's connection:
 * under steady reporting the JVM spent more time in Hibernate's query and entity-loading path for these
 * one-row lookups than the database spent answering them (JFR, bench/case-intake.sh), and none needs a
 * managed entity — a resend is the rare path and loads its case afterwards.
 */
@ApplicationScoped
public class IntakeReads {

    /** What an earlier report with the same key left: its case and the hash of what was sent. */
    public record Earlier(UUID caseId, String requestHash) {
    }

    /** The list version a report names its item in: id and number. */
    public record Version(UUID id, int number) {
    }

    /**
     * What a report starts from, read in one round trip: the case an earlier report with the same key left
     * (if any), the list version in force, — only when there is no earlier case — the next case number, and the
     * grid tree's version (for {@link GridLocator#index(long)}); the loop settings go to {@link LoopSettings}.
     */
    public record Start(Optional<Earlier> earlier, Optional<Version> list, long number, long gridVersion) {
    }

    static final String START = """
            SELECT k.id, k.request_hash, v.id, v.number, CASE WHEN k.id IS NULL THEN nextval('case_number_seq') END,
                   """ + GridLocator.VERSION + ", " + LoopSettings.COLUMNS + """

              FROM (SELECT 1) one
              LEFT JOIN case_file k ON k.tenant_id = ? AND k.reported_by = ? AND k.idempotency_key = ?
              LEFT JOIN LATERAL (SELECT id, number FROM disposal_list_version WHERE tenant_id = ? AND status = ?
                                    AND effective_from <= ? ORDER BY effective_from DESC, number DESC LIMIT 1) v ON true
              LEFT JOIN case_settings s ON s.tenant_id = ?""";

    @Inject
    TransactionSql sql;
    @Inject
    LoopSettings settings;

    /**
     * The list in force at {@code at} is the latest effective published version, the highest number on a tie
     * (the rule of {@link DisposalListVersion#inForceAt}, without loading the entity). A report rejected after
     * this (a point outside every grid) leaves a gap in the case numbers, as any rolled-back report does.
     */
    public Start start(String tenant, String reporter, String key, Instant at) {
        return sql.rows(START, rs -> {
            UUID earlier = rs.getObject(1, UUID.class);
            UUID list = rs.getObject(3, UUID.class);
            settings.prime(rs, 7);
            return new Start(earlier == null ? Optional.empty() : Optional.of(new Earlier(earlier, rs.getString(2))),
                    list == null ? Optional.empty() : Optional.of(new Version(list, rs.getInt(4))), rs.getLong(5),
                    rs.getLong(6));
        }, tenant, tenant, reporter, key, tenant, DisposalListVersion.PUBLISHED, Timestamp.from(at), tenant).get(0);
    }
}
