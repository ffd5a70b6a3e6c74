package org.gridx.core.resident.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gridx.api.event.DomainEvents;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.elements.service.ElementScope;
import org.gridx.core.resident.domain.ResidentRegistration;
import org.gridx.core.staffing.service.Caller;

/**
 * The grid's check of who lives there (居民核实): the informant or specialist sees and decides only the
 * registrations whose household place lies in their grid scope (as their account holds it now); the tenant
 * administrator sees all. A registration outside the caller's scope does not exist for them (404).
 */
@RequestScoped
@Transactional
public class Verifications {

    @Inject
    Caller caller;
    @Inject
    ElementScope elements;
    @Inject
    DomainEvents events;
    @Inject
    TenantContext tenant;
    @Inject
    GridxClock clock;

    public List<ResidentRegistration> queue(String state) {
        String s = state == null || state.isBlank() ? ResidentRegistration.PENDING : state;
        if (!Set.of(ResidentRegistration.PENDING, ResidentRegistration.VERIFIED, ResidentRegistration.REJECTED).contains(s)) {
            throw ProblemException.invalid("Unknown state.", List.of(new FieldProblem("state", "pending, verified or rejected")));
        }
        if (caller.has(org.gridx.api.identity.Role.Names.TENANT_ADMIN)) {
            return ResidentRegistration.list("state = ?1 order by createdAt, id", s);
        }
        Set<UUID> grids = scope();
        return grids.isEmpty() ? List.of()
                : ResidentRegistration.list("state = ?1 and gridNodeId in ?2 order by createdAt, id", s, grids);
    }

    public ResidentRegistration decide(UUID id, String decision, String reason) {
        ResidentRegistration r = visible(id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!"verify".equals(decision) && !"reject".equals(decision)) {
            throw ProblemException.invalid("Unknown decision.", List.of(new FieldProblem("/decision", "verify or reject")));
        }
        if ("reject".equals(decision) && (why == null || why.length() > 500)) {
            throw ProblemException.invalid("A rejection says why.", List.of(new FieldProblem("/reason",
                    "tell the resident what to correct, e.g. 该单元无此住户, 1 to 500 characters")));
        }
        r.state = "verify".equals(decision) ? ResidentRegistration.VERIFIED : ResidentRegistration.REJECTED;
        r.reason = "reject".equals(decision) ? why : null;
        r.decidedBy = caller.account().username;
        r.decidedAt = clock.now();
        r.updatedAt = r.decidedAt;
        events.publish(new ResidentDecided(tenant.require(), r.decidedAt, r.username, r.state, r.reason));
        return r;
    }

    public ResidentRegistration visible(UUID id) {
        ResidentRegistration r = ResidentRegistration.findById(id);
        boolean admin = caller.has(org.gridx.api.identity.Role.Names.TENANT_ADMIN);
        if (r == null || !(admin || scope().contains(r.gridNodeId))) {
            throw ProblemException.notFound("No resident registration " + id + " in your grids.");
        }
        return r;
    }

    private Set<UUID> scope() {
        return elements.subtree(caller.scope().toArray(String[]::new));
    }
}
