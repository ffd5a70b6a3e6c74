package org.gridx.core.assessment.service;

import java.util.Map;

/**
 * The settings as an administrator sends them: {@code weights} by indicator code (integers 0..100 adding up
 * to 100; indicators left out weigh 0) and {@code gradeFloors} A, B, C, D (the lowest score of each grade,
 * falling, within 0..100). Checked by {@link SettingsRules}, which names each wrong field.
 */
public record AssessmentSettingsInput(Map<String, Integer> weights, Map<String, Double> gradeFloors) {
}
