package org.gridx.core.fieldwork.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.fieldwork.domain.AppealStatus;
import org.gridx.core.fieldwork.domain.ResidentAppeal;
import org.gridx.core.fieldwork.rest.AppealInput;
import org.gridx.core.grid.domain.GridNode;

/** Collects appeals inside the worker's scope (once per idempotency key) and moves them through their states. */
@ApplicationScoped
public class AppealService {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FieldAccess access;

    @Transactional
    public Recorded<ResidentAppeal> record(AppealInput in, String key) {
        String hash = Idempotency.hash(in);
        if (key != null) {
            ResidentAppeal earlier = ResidentAppeal.find("recordedBy = ?1 and idempotencyKey = ?2", access.me(), key).firstResult();
            if (earlier != null) {
                Idempotency.sameContentOrConflict(earlier.requestHash, hash, key);
                return new Recorded<>(earlier, false);
            }
        }
        GridNode node = access.recordableNode(in.grid());
        ResidentAppeal a = new ResidentAppeal();
        a.nodeId = node.id;
        a.recordedBy = access.me();
        a.raisedBy = in.raisedBy().strip();
        a.householdId = in.household();
        a.address = VisitService.blankToNull(in.address());
        a.category = in.category();
        a.text = in.text().strip();
        a.raisedAt = in.raisedAt() == null ? Instant.now() : in.raisedAt().toInstant();
        Moments.notInFuture(a.raisedAt, "/raisedAt");
        a.idempotencyKey = key;
        a.requestHash = hash;
        a.persist();
        return new Recorded<>(a, true);
    }

    @Transactional
    public ResidentAppeal act(UUID id, String action, String note) {
        ResidentAppeal a = find(id);
        Map.Entry<Set<String>, String> step = AppealStatus.ACTIONS.get(action);
        if (!step.getKey().contains(a.status)) {
            throw ProblemException.conflict("An appeal that is '" + a.status + "' cannot '" + action + "'; it can from "
                    + step.getKey() + ".");
        }
        String cleanNote = VisitService.blankToNull(note);
        Instant now = Instant.now();
        if (AppealStatus.RESOLVED.equals(step.getValue())) {
            if (cleanNote == null) {
                throw ProblemException.invalid("Say how it was resolved.", List.of(new FieldProblem("/note",
                        "write what was done for the resident, e.g. 已协调物业修复路灯")));
            }
            a.resolutionNote = cleanNote;
            a.resolvedAt = now;
        } else if (AppealStatus.TO_CASE.equals(step.getValue())) {
            a.handedOffAt = now;
            a.casePayload = handOff(a, cleanNote).toString();
        }
        a.status = step.getValue();
        a.updatedAt = now;
        return a;
    }

    public ResidentAppeal find(UUID id) {
        ResidentAppeal a = ResidentAppeal.findById(id);
        if (a == null || !access.canSee(a.nodeId, a.recordedBy)) {
            throw ProblemException.notFound("There is no appeal " + id + " that you can see.");
        }
        return a;
    }

    /** What the closed loop needs to register a case without reading field-work tables (versioned). */
    private ObjectNode handOff(ResidentAppeal a, String note) {
        GridNode n = GridNode.findById(a.nodeId);
        ObjectNode p = JSON.createObjectNode().put("version", 1).put("source", "appeal").put("appealId", a.id.toString())
                .put("grid", n.code).put("category", a.category).put("text", a.text).put("raisedBy", a.raisedBy)
                .put("address", a.address).put("raisedAt", a.raisedAt.toString())
                .put("handedOffBy", access.me().toString()).put("note", note);
        p.put("household", a.householdId == null ? null : a.householdId.toString());
        return p;
    }
}
