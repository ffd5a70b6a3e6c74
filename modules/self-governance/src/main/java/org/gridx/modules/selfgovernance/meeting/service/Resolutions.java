package org.gridx.modules.selfgovernance.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.gridx.api.casework.CaseOpening;
import org.gridx.api.casework.CaseRef;
import org.gridx.api.casework.CaseRequest;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.meeting.domain.Meeting;
import org.gridx.modules.selfgovernance.meeting.domain.Resolution;
import org.gridx.modules.selfgovernance.meeting.rest.ResolutionInput;

/**
 * A meeting's resolutions, and handing one to the closed loop: the case is opened once per resolution
 * (its id is the idempotency key), so a second click or a retry after a timeout finds the same case.
 */
@ApplicationScoped
public class Resolutions {

    public static final String SOURCE = "self-governance";

    @Inject
    Meetings meetings;
    @Inject
    CaseOpening cases;
    @Inject
    CaseProgress progress;

    @Transactional
    public Resolution adopt(UUID meetingId, String organiser, ResolutionInput in) {
        Meeting m = meetings.organisedBy(meetingId, organiser);
        Resolution r = new Resolution();
        r.meetingId = m.id;
        r.text = in.text().strip();
        r.itemCode = in.itemCode();
        r.gridCode = in.gridCode() != null ? in.gridCode() : m.gridCode;
        r.persist();
        return r;
    }

    @Transactional
    public Resolution openCase(UUID meetingId, UUID resolutionId, String organiser) {
        Meeting m = meetings.organisedBy(meetingId, organiser);
        Resolution r = Resolution.<Resolution>find("id = ?1 and meetingId = ?2", resolutionId, m.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Meeting " + meetingId + " has no resolution " + resolutionId + "."));
        if (r.caseId != null) {
            return r;
        }
        if (r.itemCode == null) {
            throw ProblemException.invalid("A case needs the disposal-list item it is about.", List.of(new FieldProblem(
                    "/itemCode", "record the resolution with an itemCode (e.g. 06003) to hand it to the closed loop")));
        }
        CaseRef ref = cases.open(new CaseRequest(r.caseKey(), organiser, r.itemCode, null, r.gridCode, r.text, SOURCE));
        r.caseId = ref.id();
        r.caseNumber = ref.number();
        progress.refresh(r);
        return r;
    }

    public List<Resolution> of(UUID meetingId) {
        return Resolution.list("meetingId = ?1 order by createdAt, id", meetingId);
    }
}
