package org.gridx.core.lists.service;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.core.lists.domain.EscalationStep;

/**
 * What an item means, beyond its shape: departments of this tenant, a catalogue code of the matching kind,
 * positive ISO durations, escalation levels climbing in order with tenant roles. Every problem is reported
 * at once with a JSON pointer under {@code at}, so an editor can mark each field.
 */
public final class DisposalItemCheck {

    /** What the check needs to know about the tenant and the catalogue. */
    public record Known(Set<String> departments, Predicate<String> catalogueHasKind) {
    }

    private DisposalItemCheck() {
    }

    public static void check(DisposalItem item, String at, Known known, List<FieldProblem> out) {
        if (!known.departments().contains(item.leadDepartment())) {
            out.add(new FieldProblem(at + "/leadDepartment", unknownDepartment(item.leadDepartment())));
        }
        for (int i = 0; i < item.coDepartments().size(); i++) {
            String d = item.coDepartments().get(i);
            if (!known.departments().contains(d) || d.equals(item.leadDepartment())) {
                out.add(new FieldProblem(at + "/coDepartments/" + i, d.equals(item.leadDepartment())
                        ? "'" + d + "' already leads this item; list only the other departments" : unknownDepartment(d)));
            }
        }
        if (!Boolean.TRUE.equals(item.local())) {
            String catalogueKind = "component".equals(item.kind()) ? "component" : "item";
            if (!known.catalogueHasKind().test(item.code() + ":" + catalogueKind)) {
                out.add(new FieldProblem(at + "/code", "'" + item.code() + "' is not a " + catalogueKind
                        + " of the national catalogue (GET /api/catalogue?kind=" + catalogueKind + "); "
                        + "for a matter of your own use a local code starting with L"));
            }
        }
        DisposalItem.Limits l = item.limits();
        duration(l.verify(), at + "/limits/verify", out);
        duration(l.dispatch(), at + "/limits/dispatch", out);
        duration(l.accept(), at + "/limits/accept", out);
        duration(l.handle(), at + "/limits/handle", out);
        duration(l.check(), at + "/limits/check", out);
        escalation(item.escalation(), at + "/escalation", out);
    }

    private static void escalation(List<EscalationStep> steps, String at, List<FieldProblem> out) {
        int last = -1;
        for (int i = 0; i < steps.size(); i++) {
            EscalationStep s = steps.get(i);
            int level = EscalationStep.LEVELS.indexOf(s.level());
            if (level < 0 || level <= last) {
                out.add(new FieldProblem(at + "/" + i + "/level", level < 0 ? "use grid, community, street or banner"
                        : "levels must climb: grid, then community, then street, then banner"));
            }
            last = Math.max(last, level);
            if (Role.fromCode(s.role()).filter(Role::isTenantRole).filter(r -> r != Role.RESIDENT).isEmpty()) {
                out.add(new FieldProblem(at + "/" + i + "/role", "'" + s.role() + "' is not a staff role; use e.g. grid-chief, supervisor, dispatcher"));
            }
            duration(s.within(), at + "/" + i + "/within", out);
        }
    }

    static void duration(String value, String at, List<FieldProblem> out) {
        String hint = "an ISO-8601 duration above zero and at most 30 days, e.g. PT30M, PT2H or P3D";
        if (value == null || value.isBlank()) {
            out.add(new FieldProblem(at, "is required: " + hint));
            return;
        }
        try {
            Duration d = Duration.parse(value);
            if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(30)) > 0) {
                out.add(new FieldProblem(at, "'" + value + "' is out of range: " + hint));
            }
        } catch (DateTimeParseException e) {
            out.add(new FieldProblem(at, "'" + value + "' is not " + hint));
        }
    }

    private static String unknownDepartment(String code) {
        return "'" + code + "' is not a department of this tenant; use one of its department codes (departments.yaml)";
    }
}
