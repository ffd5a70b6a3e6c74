package org.gridx.core.assessment.reward.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The current tenant's reward rules: one row in assessment_reward_rule, replaced as a whole. */
@ApplicationScoped
@Transactional
public class RewardRules {

    private static final String COLUMNS = "base_amount, per_valid_report, per_on_time_check, bonus_grade_a, bonus_grade_b, "
            + "per_rejected_report, monthly_cap";

    @Inject
    EntityManager em;

    public RewardRule current() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + ", updated_at, updated_by FROM assessment_reward_rule",
                Object[].class).getResultList();
        return rows.stream().findFirst().map(r -> new RewardRule(d(r[0]), d(r[1]), d(r[2]), d(r[3]), d(r[4]), d(r[5]),
                r[6] == null ? null : d(r[6]), true, instant(r[7]), (String) r[8])).orElse(RewardRule.NONE);
    }

    public RewardRule save(RewardRule r, String by, Instant at) {
        em.createNativeQuery("INSERT INTO assessment_reward_rule (tenant_id, " + COLUMNS + ", updated_at, updated_by) VALUES "
                + "(current_setting('app.tenant_id'), ?1, ?2, ?3, ?4, ?5, ?6, CAST(CAST(?7 AS varchar) AS numeric), ?8, ?9) "
                + "ON CONFLICT (tenant_id) DO UPDATE SET base_amount = EXCLUDED.base_amount, "
                + "per_valid_report = EXCLUDED.per_valid_report, per_on_time_check = EXCLUDED.per_on_time_check, "
                + "bonus_grade_a = EXCLUDED.bonus_grade_a, bonus_grade_b = EXCLUDED.bonus_grade_b, "
                + "per_rejected_report = EXCLUDED.per_rejected_report, monthly_cap = EXCLUDED.monthly_cap, "
                + "updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by")
                .setParameter(1, r.baseAmount()).setParameter(2, r.perValidReport()).setParameter(3, r.perOnTimeCheck())
                .setParameter(4, r.bonusGradeA()).setParameter(5, r.bonusGradeB()).setParameter(6, r.perRejectedReport())
                .setParameter(7, r.monthlyCap() == null ? null : r.monthlyCap().toPlainString())
                .setParameter(8, at.atOffset(ZoneOffset.UTC)).setParameter(9, by).executeUpdate();
        return current();
    }

    private static BigDecimal d(Object o) {
        return (o instanceof BigDecimal b ? b : new BigDecimal(o.toString())).setScale(2);
    }

    private static Instant instant(Object o) {
        return o instanceof Instant i ? i : o instanceof OffsetDateTime t ? t.toInstant() : ((Timestamp) o).toInstant();
    }
}
