package org.gridx.core.onboarding.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.core.lists.service.DutyLists;
import org.gridx.core.staffing.service.PostRules;

/**
 * Duties (duties.yaml) name a staff role with a post at their level, each duty once per list, role and
 * level; patrol checklist items (patrol.yaml) name a matter of the national catalogue, each text once.
 */
final class DutiesPatrolCheck {

    private DutiesPatrolCheck() {
    }

    static void check(JsonNode root, ValidationContext context, List<DefinitionProblem> problems) {
        duties(root, problems);
        patrol(root, context, problems);
    }

    private static void duties(JsonNode root, List<DefinitionProblem> problems) {
        Map<String, Integer> first = new HashMap<>();
        JsonNodes.eachObject(root.path("duties"), (i, duty) -> {
            String at = "/duties/" + i;
            String role = JsonNodes.text(duty, "role");
            JsonNode level = duty.path("level");
            if (role != null) {
                if (Role.fromCode(role).filter(Role::isTenantRole).filter(r -> r != Role.RESIDENT).isEmpty()) {
                    problems.add(new DefinitionProblem(at + "/role", "'" + role
                            + "' is not a staff role; use e.g. grid-chief, informant, instructor, specialist, supervisor"));
                } else if (level.isInt() && PostRules.ROLES.contains(role) && level.asInt() >= 0 && level.asInt() <= 3
                        && !PostRules.rolesAt(level.asInt()).contains(role)) {
                    problems.add(new DefinitionProblem(at + "/level", "the role " + role + " has no post at level " + level.asInt()
                            + "; level " + level.asInt() + " has posts for " + PostRules.rolesAt(level.asInt())));
                }
            }
            String list = JsonNodes.text(duty, "list");
            String zh = JsonNodes.text(duty.path("text"), "zh");
            if (list != null && role != null && level.isInt() && zh != null) {
                Integer earlier = first.putIfAbsent(DutyLists.key(list, role, level.asInt(), zh), i);
                if (earlier != null) {
                    problems.add(new DefinitionProblem(at + "/text/zh", "the same duty of " + role + " at level "
                            + level.asInt() + " is already listed at /duties/" + earlier));
                }
            }
        });
    }

    private static void patrol(JsonNode root, ValidationContext context, List<DefinitionProblem> problems) {
        Map<String, Integer> first = new HashMap<>();
        JsonNodes.eachObject(root.path("patrolChecklist"), (i, item) -> {
            String at = "/patrolChecklist/" + i;
            String code = JsonNodes.text(item, "catalogueCode");
            String kind = JsonNodes.text(item, "catalogueKind");
            if (code == null && kind != null) {
                problems.add(new DefinitionProblem(at + "/catalogueKind", "a catalogue kind needs a catalogueCode"));
            } else if (code != null && code.matches("[0-9]{5}")) {
                String k = kind == null ? "item" : kind;
                if (("item".equals(k) || "component".equals(k)) && !context.catalogueHas(k, code)) {
                    problems.add(new DefinitionProblem(at + "/catalogueCode", "'" + code + "' is not a " + k
                            + " of the national catalogue GB/T 47678.5-2026"));
                }
            }
            String zh = JsonNodes.text(item.path("text"), "zh");
            if (zh != null) {
                Integer earlier = first.putIfAbsent(zh, i);
                if (earlier != null) {
                    problems.add(new DefinitionProblem(at + "/text/zh", "'" + zh + "' is already listed at /patrolChecklist/" + earlier));
                }
            }
        });
    }
}
