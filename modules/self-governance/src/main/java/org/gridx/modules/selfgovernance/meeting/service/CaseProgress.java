package org.gridx.modules.selfgovernance.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.gridx.api.casework.CaseOpening;
import org.gridx.api.event.CaseChanged;
import org.gridx.api.module.ForModule;
import org.gridx.modules.selfgovernance.meeting.domain.Resolution;

/**
 * Keeps a resolution's case state current on the meeting page. Each CaseChanged (delivered at least once,
 * possibly out of order) only says "look again": the state is always read from CaseOpening.status, so a
 * late or repeated event can never move the shown state backwards.
 */
@ApplicationScoped
public class CaseProgress {

    @Inject
    CaseOpening cases;

    @Transactional
    void on(@Observes @ForModule("self-governance") CaseChanged e) {
        Resolution.<Resolution>find("caseId", e.caseId()).firstResultOptional().ifPresent(this::refresh);
    }

    void refresh(Resolution r) {
        cases.status(r.caseId).ifPresent(s -> {
            r.caseNumber = s.number();
            r.caseState = s.state();
            r.caseStateZh = s.stateLabel().zh();
            r.caseStateEn = s.stateLabel().en();
            r.caseClosedAt = s.closedAt();
            r.caseSeenAt = Instant.now();
        });
    }
}
