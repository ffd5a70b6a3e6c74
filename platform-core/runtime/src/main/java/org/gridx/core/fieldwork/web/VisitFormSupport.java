package org.gridx.core.fieldwork.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.fieldwork.service.FieldAccess;
import org.gridx.core.fieldwork.service.Idempotency;
import org.gridx.core.grid.domain.GridNode;

/** Checks the visit form with the API's rules and lists the grids the worker can pick. */
@RequestScoped
public class VisitFormSupport {

    @Inject
    Validator validator;
    @Inject
    FieldAccess access;

    List<String> check(VisitForm form) {
        return validator.validate(form.toInput()).stream().map(v -> v.getMessage()).sorted().toList();
    }

    /** A key that is not usable (an old or tampered form) gets a fresh one rather than an error. */
    String key(String formKey) {
        try {
            return Idempotency.key(formKey);
        } catch (ProblemException e) {
            return UUID.randomUUID().toString();
        }
    }

    List<String> messages(ProblemException e) {
        List<String> out = new ArrayList<>();
        out.add(e.problem().detail());
        e.problem().errors().forEach(f -> out.add(f.message()));
        return out;
    }

    /** The grids (level 3) inside the worker's scope, by code; the first is preselected when none is chosen. */
    List<GridOption> grids(String selected) {
        Set<UUID> visible = access.visibleNodes(null);
        List<GridNode> nodes = GridNode.<GridNode>list("level = 3 order by code").stream()
                .filter(n -> visible.contains(n.id)).toList();
        String pick = selected != null ? selected : nodes.isEmpty() ? null : nodes.get(0).code;
        return nodes.stream().map(n -> new GridOption(n.code, n.nameZh, n.code.equals(pick))).toList();
    }
}
