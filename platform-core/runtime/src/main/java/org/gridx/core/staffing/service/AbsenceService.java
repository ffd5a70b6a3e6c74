package org.gridx.core.staffing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.staffing.domain.StaffAbsence;

/** Records and withdraws absence periods; overlapping periods are allowed (they simply union). */
@ApplicationScoped
public class AbsenceService {

    @Transactional
    public StaffAbsence record(String username, OffsetDateTime from, OffsetDateTime to, String reason) {
        Account a = Account.findByUsername(username).orElseThrow(() -> ProblemException.invalid("Unknown person.",
                List.of(new FieldProblem("/account", "no account '" + username + "' in this tenant"))));
        if (!to.isAfter(from)) {
            throw ProblemException.invalid("The absence ends before it starts.",
                    List.of(new FieldProblem("/to", "must be later than 'from'")));
        }
        StaffAbsence s = new StaffAbsence();
        s.accountId = a.id;
        s.startsAt = from.toInstant();
        s.endsAt = to.toInstant();
        s.reason = reason.strip();
        s.persist();
        return s;
    }

    @Transactional
    public void withdraw(UUID id) {
        StaffAbsence s = StaffAbsence.findById(id);
        if (s == null) {
            throw ProblemException.notFound("There is no absence " + id + " in this tenant.");
        }
        s.delete();
    }
}
