package org.gridx.core.onboarding.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridx.api.grid.GridCode;
import org.gridx.api.identity.Role;
import org.gridx.core.staffing.service.PostRules;

/**
 * Posts (posts.yaml) refer to the rest of the definition: the node is in the grid tree, the role has a post
 * at that level, both holders are accounts of the definition holding the role and are two people, and only
 * informant posts repeat on a node.
 */
final class PostCheck {

    private PostCheck() {
    }

    static void check(JsonNode root, List<DefinitionProblem> problems) {
        Set<String> nodes = GridTreeCheck.codes(root.path("grid"));
        Map<String, Set<String>> rolesOf = new HashMap<>();
        JsonNodes.eachObject(root.path("accounts"), (i, a) -> {
            Set<String> roles = rolesOf.computeIfAbsent(JsonNodes.text(a, "username"), u -> new HashSet<>());
            a.path("roles").forEach(r -> roles.add(r.asText()));
        });
        Set<String> seen = new HashSet<>();
        JsonNodes.eachObject(root.path("posts"), (i, post) -> {
            String at = "/posts/" + i;
            String node = JsonNodes.text(post, "node");
            String role = JsonNodes.text(post, "role");
            if (node == null || role == null) {
                return; // the schema reports missing fields
            }
            if (!nodes.contains(node)) {
                problems.add(new DefinitionProblem(at + "/node", "'" + node + "' is not a node of the grid tree (grid.yaml)"));
            } else if (GridCode.isValid(node) && !PostRules.rolesAt(new GridCode(node).level()).contains(role)) {
                problems.add(new DefinitionProblem(at + "/role", "a level-" + new GridCode(node).level()
                        + " node has posts for " + PostRules.rolesAt(new GridCode(node).level())));
            }
            if (!Role.Names.INFORMANT.equals(role) && !seen.add(node + "|" + role)) {
                problems.add(new DefinitionProblem(at + "/role", "node " + node + " already has a " + role + " post above"));
            }
            holder(post, "holderA", at, role, rolesOf, problems);
            holder(post, "holderB", at, role, rolesOf, problems);
            String a = JsonNodes.text(post, "holderA");
            if (a != null && a.equals(JsonNodes.text(post, "holderB"))) {
                problems.add(new DefinitionProblem(at + "/holderB", "the backup must be another person than the A holder"));
            }
        });
    }

    private static boolean tenantRole(String code) {
        return Role.fromCode(code).filter(Role::isTenantRole).isPresent();
    }

    private static void holder(JsonNode post, String field, String at, String role, Map<String, Set<String>> rolesOf,
            List<DefinitionProblem> problems) {
        String username = JsonNodes.text(post, field);
        if (username == null) {
            return;
        }
        Set<String> roles = rolesOf.get(username);
        if (roles == null) {
            problems.add(new DefinitionProblem(at + "/" + field, "'" + username + "' is not an account of staff.yaml"));
        } else if (!roles.contains(role) && roles.stream().allMatch(PostCheck::tenantRole)) {
            // an account whose roles are already reported as wrong is not reported again for each of its posts
            problems.add(new DefinitionProblem(at + "/" + field, "'" + username + "' does not hold the role " + role + " in staff.yaml"));
        }
    }
}
