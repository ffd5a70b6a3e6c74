package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseSettings;

/** Reads and saves a tenant's loop settings; unknown limit names are refused rather than silently kept. */
@ApplicationScoped
@Transactional
public class CaseSettingsService {

    static final Set<String> STEPS = Set.of("verify", "dispatch", "accept", "handle", "check");

    public CaseSettings read() {
        return CaseSettings.current();
    }

    public CaseSettings save(CaseSettingsInput in) {
        Map<String, String> limits = new LinkedHashMap<>(CaseSettings.defaultServiceLimits());
        if (in.serviceLimits() != null) {
            in.serviceLimits().forEach((k, v) -> {
                if (!STEPS.contains(k) || v == null) {
                    throw ProblemException.invalid("Unknown time limit.", List.of(new FieldProblem("/serviceLimits/" + k,
                            "limits are named " + STEPS + " and are ISO-8601 durations")));
                }
                limits.put(k, v);
            });
        }
        CaseSettings s = CaseSettings.current();
        s.duplicateRadiusM = in.duplicateRadiusM();
        s.duplicateWindow = in.duplicateWindow();
        s.serviceLimits = limits;
        if (in.remindAtPercent() != null) {
            s.remindAtPercent = in.remindAtPercent().shortValue();
        }
        if (!s.isPersistent()) {
            s.persist();
        }
        return s;
    }
}
