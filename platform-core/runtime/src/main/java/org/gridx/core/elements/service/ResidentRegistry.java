package org.gridx.core.elements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.elements.domain.Household;
import org.gridx.core.elements.domain.Resident;

/** Registers residents one by one (form or API); bulk imports go through {@link ResidentBulkWriter}. */
@ApplicationScoped
public class ResidentRegistry {

    @Inject
    PersonalData personal;

    @Transactional
    public Resident register(ResidentDraft d) {
        if (d.idCard() != null && Resident.count("idCardIndex", personal.idCardIndex(d.idCard())) > 0) {
            throw new ProblemException(Problem.of(409, "Already registered",
                    "A resident with this identity-card number is already registered in this tenant; search by the number instead.")
                    .withErrors(List.of(new Problem.FieldProblem("/idCard", "already registered"))));
        }
        Resident r = new Resident();
        r.name = d.name();
        r.gender = d.gender();
        r.birthYear = d.birthYear() == null ? null : d.birthYear().shortValue();
        r.gridNodeId = d.gridId();
        r.tags = d.tags();
        personal.seal(r, d.idCard(), d.phone());
        if (d.householdCode() != null) {
            r.householdId = household(d).id;
        }
        r.persist();
        return r;
    }

    private Household household(ResidentDraft d) {
        return Household.findByCode(d.householdCode()).orElseGet(() -> {
            Household h = new Household();
            h.code = d.householdCode();
            h.gridNodeId = d.gridId();
            h.address = d.address() == null ? d.householdCode() : d.address();
            h.persist();
            return h;
        });
    }
}
