package org.gridx.core.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gridx.core.assessment.domain.AssessmentSettings;
import org.gridx.core.assessment.domain.AssessmentSettingsChange;
import org.gridx.core.assessment.indicator.Weights;
import org.gridx.core.clock.GridxClock;

/** Reads the tenant's weights (the defaults when never set) and saves a checked change with its history. */
@ApplicationScoped
@Transactional
public class AssessmentSettingsService {

    @Inject
    GridxClock clock;

    public Weights weights() {
        return AssessmentSettings.stored().map(AssessmentSettings::toWeights).orElse(Weights.DEFAULT);
    }

    public Optional<AssessmentSettings> stored() {
        return AssessmentSettings.stored();
    }

    /** Checks {@code in} (422 naming each wrong field), stores it and records who changed what. */
    public AssessmentSettings save(AssessmentSettingsInput in, String who) {
        Weights next = SettingsRules.check(in);
        AssessmentSettings s = AssessmentSettings.stored().orElseGet(AssessmentSettings::new);
        Map<String, Object> before = s.isPersistent() ? AssessmentSettings.snapshot(s.toWeights()) : null;
        Map<String, Object> after = AssessmentSettings.snapshot(next);
        @SuppressWarnings("unchecked")
        Map<String, Integer> weights = new LinkedHashMap<>((Map<String, Integer>) after.get("weights"));
        s.weights = weights;
        s.gradeFloors = next.gradeFloors();
        s.updatedAt = clock.now();
        s.updatedBy = who;
        if (!s.isPersistent()) {
            s.persist();
        }
        AssessmentSettingsChange c = new AssessmentSettingsChange();
        c.changedAt = s.updatedAt;
        c.changedBy = who;
        c.before = before;
        c.after = after;
        c.persist();
        return s;
    }
}
