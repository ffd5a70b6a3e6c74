package org.gridx.modules.selfgovernance.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.meeting.domain.Meeting;
import org.gridx.modules.selfgovernance.meeting.rest.AgendaInput;
import org.gridx.modules.selfgovernance.proposal.service.ProposalAgenda;

/** The organiser adds to the agenda: a point of their own, or a proposal residents brought to the threshold. */
@ApplicationScoped
public class MeetingAgenda {

    @Inject
    Meetings meetings;
    @Inject
    Agendas agendas;
    @Inject
    ProposalAgenda proposals;

    @Transactional
    public void add(UUID meetingId, String organiser, AgendaInput in) {
        boolean titled = in.title() != null && !in.title().isBlank();
        if (titled == (in.proposalId() != null)) {
            throw ProblemException.invalid("Add either a title of your own or a ready proposal.", List.of(
                    new FieldProblem("/title", "give a title, or leave it out and give proposalId")));
        }
        meetings.organisedBy(meetingId, organiser);
        Meeting m = meetings.lock(meetingId);
        if (titled) {
            agendas.add(m, in.title().strip(), null);
        } else {
            agendas.add(m, proposals.take(in.proposalId(), m.id), in.proposalId());
        }
    }
}
