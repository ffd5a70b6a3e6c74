package org.gridx.core.assessment.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.gridx.api.event.CaseChanged;

/**
 * Keeps the figures in step with the loop: every committed move of a case (delivered by the outbox relay)
 * re-folds that case. Off the request path, so reporting a case costs no more; a failed projection is
 * retried by the relay, and a missed one is found by catch-up (its fact is behind its timeline).
 */
@ApplicationScoped
public class CaseFactProjector {

    @Inject
    CaseFactProjection projection;

    void on(@Observes CaseChanged event) {
        projection.project(List.of(event.caseId()));
    }
}
