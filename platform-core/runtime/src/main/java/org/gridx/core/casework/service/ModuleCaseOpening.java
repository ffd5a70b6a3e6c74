package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gridx.api.casework.CaseOpening;
import org.gridx.api.casework.CaseRef;
import org.gridx.api.casework.CaseRequest;
import org.gridx.api.casework.CaseStatus;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.identity.domain.Account;

/**
 * A "+X" module's door into the loop (a meeting's resolution becomes a case): the request goes through the
 * same intake as every report, as the account that acts for it, with the module's channel as its source and
 * its key for idempotency (the same key again gives the first case back).
 */
@ApplicationScoped
@Transactional
public class ModuleCaseOpening implements CaseOpening {

    /** Channels a module may name; each one is also allowed by case_file's CHECK on source. */
    static final Set<String> SOURCES = Set.of("self-governance");

    @Inject
    CaseIntake intake;

    @Override
    public CaseRef open(CaseRequest r) {
        if (r.idempotencyKey() == null || r.idempotencyKey().isBlank() || r.idempotencyKey().length() > 64) {
            throw invalid("/idempotencyKey", "1 to 64 characters, the same for every retry of this request");
        }
        String source = r.source() == null ? "self-governance" : r.source();
        if (!SOURCES.contains(source)) {
            throw invalid("/source", "one of " + SOURCES);
        }
        Account a = Account.findByUsername(r.reportedBy()).filter(Account::isActive)
                .orElseThrow(() -> invalid("/reportedBy", "an active account of this tenant, the person acting for the module"));
        Actor actor = new Actor(a.username, Set.copyOf(a.roles), a.departmentCode, List.copyOf(a.gridScope));
        String kind = r.dutyItemId() != null ? "service" : "problem";
        ReportInput in = new ReportInput(kind, source, r.itemCode(), r.dutyItemId(), r.gridCode(), null, null, null,
                r.description() == null || r.description().isBlank() ? null : r.description(), null, null, null);
        if (in.description() == null || in.description().length() > 2000) {
            throw invalid("/description", "what is to be done, 1 to 2000 characters");
        }
        CaseFile c = intake.reportOnChannel(in, actor, r.idempotencyKey()).record();
        return new CaseRef(c.id, c.number);
    }

    @Override
    public Optional<CaseStatus> status(UUID caseId) {
        return Optional.ofNullable(caseId).map(id -> CaseFile.<CaseFile>findById(id))
                .map(c -> new CaseStatus(c.id, c.number, c.state, c.currentState().label(), c.closedAt));
    }

    private static ProblemException invalid(String pointer, String message) {
        return ProblemException.invalid("The case request cannot be opened.", List.of(new FieldProblem(pointer, message)));
    }
}
