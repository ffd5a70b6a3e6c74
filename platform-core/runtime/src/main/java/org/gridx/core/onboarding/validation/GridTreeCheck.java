package org.gridx.core.onboarding.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridx.api.grid.GridCode;

/**
 * The grid tree is a code hierarchy: the root lies inside the tenant's division, every child's code is its
 * parent's plus 3 digits, each node's kind fits its level, and codes are unique.
 */
final class GridTreeCheck {

    private final List<DefinitionProblem> problems;
    private final Map<String, String> seen = new HashMap<>();

    private GridTreeCheck(List<DefinitionProblem> problems) {
        this.problems = problems;
    }

    static void check(JsonNode root, List<DefinitionProblem> problems) {
        JsonNode grid = root.path("grid");
        if (grid.isObject()) {
            new GridTreeCheck(problems).checkRoot(root.path("tenant"), grid);
        }
    }

    /** Every node code in the tree, for the references of staff.yaml. */
    static Set<String> codes(JsonNode node) {
        Set<String> codes = new LinkedHashSet<>();
        collect(node, codes);
        return codes;
    }

    private void checkRoot(JsonNode tenant, JsonNode grid) {
        String division = JsonNodes.text(tenant, "divisionCode");
        GridCode code = GridCode.parse(JsonNodes.text(grid, "code")).orElse(null);
        if (code != null && GridCode.isValid(division)) {
            int expected = GridLevels.rootLevel(JsonNodes.text(tenant, "kind"));
            if (!code.value().startsWith(division)) {
                problems.add(new DefinitionProblem("/grid/code", "'" + code + "' is not inside the tenant's division '"
                        + division + "': the root's code must start with the division code"));
            } else if (code.level() != expected) {
                problems.add(new DefinitionProblem("/grid/code", "'" + code + "' is a level-" + code.level()
                        + " code, but this tenant's grid starts at level " + expected + " (" + (6 + 3 * expected) + " digits)"));
            }
        }
        walk(grid, "/grid", null);
    }

    private void walk(JsonNode node, String at, GridCode parent) {
        GridCode code = GridCode.parse(JsonNodes.text(node, "code")).orElse(null);
        if (code != null) {
            if (parent != null && !parent.isParentOf(code)) {
                problems.add(new DefinitionProblem(at + "/code", "'" + code + "' is not under its parent '" + parent
                        + "': a child's code is its parent's code plus 3 digits, e.g. " + parent + "001"));
            }
            String earlier = seen.putIfAbsent(code.value(), at);
            if (earlier != null) {
                problems.add(new DefinitionProblem(at + "/code", "'" + code + "' is already the code of " + earlier));
            }
            checkKind(node, at, code);
        }
        JsonNode children = node.get("children");
        if (code != null && code.level() == 3 && children != null && !children.isEmpty()) {
            problems.add(new DefinitionProblem(at + "/children", "a level-3 grid is the smallest unit and cannot have children"));
            return;
        }
        JsonNodes.eachObject(children, (i, child) -> walk(child, at + "/children/" + i, code));
    }

    private void checkKind(JsonNode node, String at, GridCode code) {
        String kind = JsonNodes.text(node, "kind");
        Integer kindLevel = GridLevels.levelOfKind(kind);
        if (kindLevel != null && kindLevel != code.level()) {
            problems.add(new DefinitionProblem(at + "/kind", "'" + kind + "' is a level-" + kindLevel + " kind, but '"
                    + code + "' is a level-" + code.level() + " node; use one of " + GridLevels.KINDS.get(code.level())));
        }
    }

    /** Unquoted (numeric) codes count too: the schema already reports them, references need not again. */
    private static void collect(JsonNode node, Set<String> codes) {
        JsonNode code = node.get("code");
        if (code != null && (code.isTextual() || code.isIntegralNumber())) {
            codes.add(code.asText());
        }
        JsonNodes.eachObject(node.get("children"), (i, child) -> collect(child, codes));
    }
}
