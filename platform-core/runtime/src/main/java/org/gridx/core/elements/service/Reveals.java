package org.gridx.core.elements.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.elements.domain.Resident;
import org.gridx.core.elements.domain.RevealRecord;

/**
 * Shows one clear personal number to a caller allowed to see it, and records that in the same
 * transaction: no record, no reveal. A resident outside the caller's scope does not exist for them (404).
 */
@RequestScoped
public class Reveals {

    @Inject
    ElementScope scope;
    @Inject
    PersonalData personal;

    public record Revealed(UUID residentId, String field, String value) {
    }

    @Transactional
    public Revealed reveal(UUID residentId, String field, String reason) {
        if (!PersonalData.ID_CARD.equals(field) && !PersonalData.PHONE.equals(field)) {
            throw ProblemException.invalid("Unknown field", List.of(new Problem.FieldProblem("/field", "must be id_card or phone")));
        }
        if (reason == null || reason.trim().length() < 2 || reason.length() > 200) {
            throw ProblemException.invalid("A reason is required", List.of(new Problem.FieldProblem("/reason",
                    "say why you need the full number (2-200 characters); it is recorded")));
        }
        Resident r = Resident.findById(residentId);
        if (r == null || !scope.covers(r.gridNodeId)) {
            throw ProblemException.notFound("No resident " + residentId + " in your scope.");
        }
        if (!scope.mayReveal()) {
            throw ProblemException.forbidden("Your role may see masked numbers only; ask the grid's specialist or the tenant administrator.");
        }
        record(residentId, field, reason.trim(), null);
        String value = (PersonalData.ID_CARD.equals(field) ? r.idCardEnc : r.phoneEnc) == null ? null : personal.open(r, field);
        return new Revealed(residentId, field, value);
    }

    @Transactional
    public void record(UUID residentId, String field, String reason, String detail) {
        RevealRecord a = new RevealRecord();
        a.actor = scope.actor();
        a.actorRoles = scope.roles();
        a.residentId = residentId;
        a.field = field;
        a.reason = reason;
        a.detail = detail;
        a.persist();
    }
}
