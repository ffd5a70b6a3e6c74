package org.gridx.core.assessment.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import org.gridx.api.event.CaseChanged;
import org.gridx.core.event.PerTransaction;

/**
 * Keeps the figures in step with the loop: every committed move of a case (delivered by the outbox relay)
 * re-folds that case. Off the request path, so reporting a case costs no more; a failed projection is
 * retried by the relay, and a missed one is found by catch-up (its fact is behind its timeline). The relay
 * hands a whole batch of events over in one transaction, so the cases are collected and projected together
 * just before it commits: six statements for the batch instead of six per event.
 */
@ApplicationScoped
public class CaseFactProjector {

    private static final Object KEY = CaseFactProjector.class;

    @Inject
    CaseFactProjection projection;
    @Inject
    PerTransaction perTransaction;

    void on(@Observes CaseChanged event) {
        perTransaction.<UUID>beforeCommit(KEY, projection::project).add(event.caseId());
    }
}
