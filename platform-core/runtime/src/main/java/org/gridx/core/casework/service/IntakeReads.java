package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.gridx.core.lists.domain.DisposalListVersion;
import org.gridx.core.tenancy.db.TransactionSql;

/**
 * The two reads every report makes before it writes, in plain SQL on the transaction's connection: under
 * steady reporting the JVM spent more time in Hibernate's query and entity-loading path for these two
 * one-row lookups than the database spent answering them (JFR, bench/case-intake.sh), and neither needs a
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

    @Inject
    TransactionSql sql;

    public Optional<Earlier> byKey(String tenant, String reporter, String key) {
        return sql.rows("SELECT id, request_hash FROM case_file WHERE tenant_id = ? AND reported_by = ? AND idempotency_key = ?",
                rs -> new Earlier(rs.getObject(1, UUID.class), rs.getString(2)), tenant, reporter, key).stream().findFirst();
    }

    /**
     * The published disposal list in force at {@code at}: the latest effective one, the highest number on a tie
     * (the rule of {@link DisposalListVersion#inForceAt}, without loading the entity).
     */
    public Optional<Version> listInForce(String tenant, Instant at) {
        return sql.rows("SELECT id, number FROM disposal_list_version WHERE tenant_id = ? AND status = ? AND effective_from <= ? "
                + "ORDER BY effective_from DESC, number DESC LIMIT 1", rs -> new Version(rs.getObject(1, UUID.class), rs.getInt(2)),
                tenant, DisposalListVersion.PUBLISHED, Timestamp.from(at)).stream().findFirst();
    }
}
