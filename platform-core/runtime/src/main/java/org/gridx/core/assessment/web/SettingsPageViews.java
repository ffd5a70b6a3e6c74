package org.gridx.core.assessment.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridx.api.problem.Problem;
import org.gridx.core.assessment.domain.AssessmentSettings;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.assessment.indicator.Weights;
import org.gridx.core.assessment.service.AssessmentSettingsService;
import org.gridx.core.tenancy.service.TenantZone;

/** Builds the settings page's view: the stored settings, or the refused submission with its errors. */
@ApplicationScoped
public class SettingsPageViews {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    AssessmentSettingsService settings;
    @Inject
    TenantZone zone;

    /** {@code submitted} (field name → value) and {@code problem} are null unless a save was refused. */
    @jakarta.transaction.Transactional
    public SettingsPageView of(String tenant, boolean admin, boolean saved, Map<String, String> submitted, Problem problem,
            Locale locale) {
        var stored = settings.stored();
        Weights w = stored.map(AssessmentSettings::toWeights).orElse(Weights.DEFAULT);
        Map<String, String> errors = new HashMap<>();
        if (problem != null) {
            problem.errors().forEach(e -> errors.merge(e.pointer().replaceFirst("^/", ""), e.message(), (a, b) -> a + "; " + b));
        }
        List<SettingsPageView.WeightField> weights = new ArrayList<>();
        int sum = 0;
        for (Indicator i : Indicator.values()) {
            String value = submitted != null ? submitted.getOrDefault("w." + i.code(), "")
                    : String.valueOf(w.weights().getOrDefault(i, 0));
            sum += parse(value);
            weights.add(new SettingsPageView.WeightField(i.code(), i.label().in(locale), i.formula().in(locale), value,
                    errors.get("weights/" + i.code()), i.isHours()));
        }
        List<SettingsPageView.FloorField> floors = new ArrayList<>();
        for (int g = 0; g < AssessmentSettings.GRADES.size(); g++) {
            String grade = AssessmentSettings.GRADES.get(g);
            String value = submitted != null ? submitted.getOrDefault("floor." + grade, "")
                    : AssessmentPageViews.plain(w.gradeFloors().get(g));
            floors.add(new SettingsPageView.FloorField(grade, value, errors.get("gradeFloors/" + grade)));
        }
        String last = stored.map(s -> AssessmentTexts.in(locale).last_changed(s.updatedBy,
                WHEN.format(s.updatedAt.atZone(zone.current())))).orElse(null);
        return new SettingsPageView(tenant, admin, saved, problem == null ? null : problem.detail(), weights,
                errors.get("weights"), sum, floors, stored.isEmpty(), last);
    }

    private static int parse(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
