package org.gridx.core.onboarding.validation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.core.lists.service.DisposalItem;
import org.gridx.core.lists.service.DisposalItemCheck;

/**
 * The disposal list (disposal-list.yaml) refers to the definition's departments and to the national
 * catalogue, with valid durations and escalation paths and each code once; the same rules as the editor.
 */
final class DisposalListCheck {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private DisposalListCheck() {
    }

    static void check(JsonNode root, ValidationContext context, List<DefinitionProblem> problems) {
        JsonNode items = root.path("disposalList").path("items");
        Set<String> departments = new HashSet<>();
        JsonNodes.eachObject(root.path("departments"), (i, d) -> departments.add(JsonNodes.text(d, "code")));
        DisposalItemCheck.Known known = new DisposalItemCheck.Known(departments, kc -> {
            String[] parts = kc.split(":");
            return context.catalogueHas(parts[1], parts[0]);
        });
        Map<String, Integer> first = new HashMap<>();
        JsonNodes.eachObject(items, (i, node) -> {
            String at = "/disposalList/items/" + i;
            DisposalItem item;
            try {
                item = JSON.treeToValue(node, DisposalItem.class);
            } catch (Exception e) {
                return; // the schema check already reports the shape
            }
            if (item.code() == null || item.limits() == null || item.leadDepartment() == null || item.kind() == null) {
                return;
            }
            Integer earlier = first.putIfAbsent(item.code(), i);
            if (earlier != null) {
                problems.add(new DefinitionProblem(at + "/code", "'" + item.code() + "' is already listed at /disposalList/items/" + earlier));
            }
            List<FieldProblem> found = new ArrayList<>();
            DisposalItemCheck.check(item, at, known, found);
            found.forEach(p -> problems.add(new DefinitionProblem(p.pointer(), p.message())));
        });
    }
}
