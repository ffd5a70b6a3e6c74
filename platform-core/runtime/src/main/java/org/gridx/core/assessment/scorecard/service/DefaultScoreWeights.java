package org.gridx.core.assessment.scorecard.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridx.core.assessment.indicator.Weights;

/** DOMAIN.md's example weights, until a tenant's own settings provide another {@link ScoreWeights}. */
@ApplicationScoped
@DefaultBean
public class DefaultScoreWeights implements ScoreWeights {

    @Override
    public Weights current() {
        return Weights.DEFAULT;
    }
}
