package org.gridx.core.assessment.scorecard.service;

import org.gridx.core.assessment.indicator.Weights;

/**
 * The current tenant's weights and grade floors for the overall score. An interface so the tenant's own
 * settings (assessment_settings) can replace the default implementation without touching the scorecards.
 */
public interface ScoreWeights {

    Weights current();
}
