package org.gridx.core.assessment.scorecard.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridx.core.assessment.fact.Counters;

/**
 * The rows of frozen months as stored in assessment_scorecard_row, and the freeze records. Rows carry the
 * tenant stamped on the transaction's connection (app.tenant_id, what row-level security checks too).
 */
@ApplicationScoped
@Transactional
public class FrozenScorecards {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    public Optional<FreezeRecord> record(YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> r = em.createNativeQuery("SELECT frozen_at, frozen_by, reason, times FROM assessment_scorecard_freeze "
                + "WHERE month = ?1", Object[].class).setParameter(1, month.atDay(1)).getResultList();
        return r.stream().findFirst().map(x -> new FreezeRecord(instant(x[0]), (String) x[1], (String) x[2],
                ((Number) x[3]).intValue()));
    }

    public List<ScorecardLine> lines(YearMonth month, ScorecardKind kind) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT key, name_zh, name_en, nodes, counts::text, score, grade::text, rank "
                + "FROM assessment_scorecard_row WHERE month = ?1 AND kind = ?2 ORDER BY rank NULLS LAST, key", Object[].class)
                .setParameter(1, month.atDay(1)).setParameter(2, kind.code()).getResultList();
        return rows.stream().map(r -> new ScorecardLine(
                new ScoredEntity((String) r[0], (String) r[1], (String) r[2], nodes((String) r[3])), counters((String) r[4]),
                r[5] == null ? null : ((Number) r[5]).doubleValue(), (String) r[6],
                r[7] == null ? null : ((Number) r[7]).intValue())).toList();
    }

    /** Replaces the month's stored rows of every kind and records the freeze (appending to the log). */
    public FreezeRecord store(YearMonth month, Map<ScorecardKind, List<ScorecardLine>> lines, String by, String reason, Instant at) {
        var day = month.atDay(1);
        em.createNativeQuery("DELETE FROM assessment_scorecard_row WHERE month = ?1").setParameter(1, day).executeUpdate();
        em.createNativeQuery("INSERT INTO assessment_scorecard_freeze (tenant_id, month, frozen_at, frozen_by, reason) "
                + "VALUES (current_setting('app.tenant_id'), ?1, ?2, ?3, CAST(?4 AS varchar)) ON CONFLICT (tenant_id, month) DO UPDATE SET "
                + "frozen_at = EXCLUDED.frozen_at, frozen_by = EXCLUDED.frozen_by, reason = EXCLUDED.reason, "
                + "times = assessment_scorecard_freeze.times + 1").setParameter(1, day).setParameter(2, at.atOffset(java.time.ZoneOffset.UTC))
                .setParameter(3, by).setParameter(4, reason).executeUpdate();
        FreezeRecord rec = record(month).orElseThrow();
        em.createNativeQuery("INSERT INTO assessment_scorecard_freeze_log (tenant_id, month, seq, frozen_at, frozen_by, reason) "
                + "VALUES (current_setting('app.tenant_id'), ?1, ?2, ?3, ?4, CAST(?5 AS varchar))").setParameter(1, day).setParameter(2, rec.times())
                .setParameter(3, at.atOffset(java.time.ZoneOffset.UTC)).setParameter(4, by).setParameter(5, reason).executeUpdate();
        lines.forEach((kind, list) -> list.forEach(l -> insert(day, kind, l)));
        return rec;
    }

    /** Every freeze of the month, oldest first: when, by whom and why. */
    public List<FreezeRecord> log(YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> r = em.createNativeQuery("SELECT frozen_at, frozen_by, reason, seq FROM assessment_scorecard_freeze_log "
                + "WHERE month = ?1 ORDER BY seq", Object[].class).setParameter(1, month.atDay(1)).getResultList();
        return r.stream().map(x -> new FreezeRecord(instant(x[0]), (String) x[1], (String) x[2], ((Number) x[3]).intValue())).toList();
    }

    private void insert(java.time.LocalDate day, ScorecardKind kind, ScorecardLine l) {
        em.createNativeQuery("INSERT INTO assessment_scorecard_row (tenant_id, month, kind, key, name_zh, name_en, nodes, counts, "
                + "score, grade, rank) VALUES (current_setting('app.tenant_id'), ?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS jsonb), CAST(?8 AS double precision), CAST(?9 AS varchar), CAST(?10 AS integer))")
                .setParameter(1, day).setParameter(2, kind.code()).setParameter(3, l.entity().key())
                .setParameter(4, l.entity().nameZh()).setParameter(5, l.entity().nameEn())
                .setParameter(6, String.join(",", l.entity().nodes())).setParameter(7, json(l.counters()))
                .setParameter(8, l.score()).setParameter(9, l.grade()).setParameter(10, l.rank()).executeUpdate();
    }

    private static List<String> nodes(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    private static String json(Counters c) {
        try {
            return JSON.writeValueAsString(c.nonZero());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Counters counters(String json) {
        try {
            return Counters.of(JSON.readValue(json, new TypeReference<Map<String, Long>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a frozen scorecard row holds unreadable counters: " + e.getMessage(), e);
        }
    }

    private static Instant instant(Object o) {
        return o instanceof Instant i ? i : o instanceof OffsetDateTime t ? t.toInstant() : ((Timestamp) o).toInstant();
    }
}
