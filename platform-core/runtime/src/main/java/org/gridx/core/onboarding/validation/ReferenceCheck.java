package org.gridx.core.onboarding.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridx.api.identity.Role;

/**
 * Staff refer to the rest of the definition: grid scopes name existing nodes, departments exist (and a
 * department handler has one); department codes and usernames are unique.
 */
final class ReferenceCheck {

    private ReferenceCheck() {
    }

    static void check(JsonNode root, List<DefinitionProblem> problems) {
        Set<String> departments = unique(root.path("departments"), "/departments", "code", problems);
        unique(root.path("accounts"), "/accounts", "username", problems);
        Set<String> nodes = GridTreeCheck.codes(root.path("grid"));
        JsonNodes.eachObject(root.path("accounts"), (i, account) -> {
            String at = "/accounts/" + i;
            JsonNode scope = account.path("gridScope");
            for (int k = 0; k < scope.size(); k++) {
                String code = scope.get(k).asText();
                if (scope.get(k).isTextual() && !nodes.contains(code)) {
                    problems.add(new DefinitionProblem(at + "/gridScope/" + k,
                            "'" + code + "' is not a node of the grid tree (grid.yaml)"));
                }
            }
            checkDepartment(account, at, departments, problems);
        });
    }

    private static void checkDepartment(JsonNode account, String at, Set<String> known, List<DefinitionProblem> problems) {
        String dept = JsonNodes.text(account, "department");
        if (dept != null && !known.contains(dept)) {
            String hint = known.size() <= 12 ? "use one of " + String.join(", ", known) : "see the codes in departments.yaml";
            problems.add(new DefinitionProblem(at + "/department", "'" + dept + "' is not a department of this tenant; " + hint));
        } else if (dept == null && JsonNodes.containsText(account.path("roles"), Role.Names.DEPARTMENT_HANDLER)) {
            problems.add(new DefinitionProblem(at + "/department",
                    "is required for a department-handler: name the department (departments.yaml) the cases go to"));
        }
    }

    /** The values of {@code field} in {@code array}, reporting repeats. */
    private static Set<String> unique(JsonNode array, String at, String field, List<DefinitionProblem> problems) {
        Map<String, Integer> first = new HashMap<>();
        Set<String> values = new LinkedHashSet<>();
        JsonNodes.eachObject(array, (i, item) -> {
            String v = JsonNodes.text(item, field);
            if (v == null) {
                return;
            }
            Integer earlier = first.putIfAbsent(v, i);
            if (earlier != null) {
                problems.add(new DefinitionProblem(at + "/" + i + "/" + field, "'" + v + "' is already used by " + at + "/" + earlier));
            }
            values.add(v);
        });
        return values;
    }
}
