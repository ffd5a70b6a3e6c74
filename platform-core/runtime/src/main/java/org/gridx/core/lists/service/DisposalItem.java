package org.gridx.core.lists.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gridx.core.lists.domain.DisposalListItem;
import org.gridx.core.lists.domain.EscalationStep;

/**
 * One disposal-list item as the API, the editor and the tenant definition (disposal-list.yaml) write it.
 * Shapes are checked here (400); meaning (known departments, catalogue codes, durations, roles) by
 * {@link DisposalItemCheck} (422 with a pointer per problem). {@code local} is derived from the code on output.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DisposalItem(
        @NotBlank @Pattern(regexp = "[0-9]{5}|L[0-9A-Z-]{1,15}",
                message = "a 5-digit catalogue code, or a local code starting with L (e.g. L01001)") String code,
        @NotBlank @Pattern(regexp = "component|event", message = "use component or event") String kind,
        @Valid @NotNull Name name,
        @NotBlank @Size(max = 32) String leadDepartment,
        @Size(max = 20) List<@NotBlank String> coDepartments,
        @Valid @NotNull Limits limits,
        @NotBlank @Pattern(regexp = "urgent|high|normal|low", message = "use urgent, high, normal or low") String priority,
        boolean onTheSpot,
        @Size(max = 4) List<@NotNull EscalationStep> escalation,
        Boolean local) {

    public DisposalItem {
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
        escalation = escalation == null ? List.of() : List.copyOf(escalation);
        local = code != null && code.startsWith("L");
    }

    public record Name(@NotBlank @Size(max = 100) String zh, @Size(max = 100) String en) {
        public String enOrZh() {
            return en == null || en.isBlank() ? zh : en;
        }
    }

    /** ISO-8601 durations for each step of the loop: 核实, 派遣, 签收, 处置, 核查. */
    public record Limits(String verify, String dispatch, String accept, String handle, String check) {
    }

    /** As it will be stored (English name filled from Chinese), so comparing with stored items is fair. */
    public DisposalItem normalized() {
        return new DisposalItem(code, kind, new Name(name.zh(), name.enOrZh()), leadDepartment, coDepartments, limits,
                priority, onTheSpot, escalation, null);
    }

    public static DisposalItem of(DisposalListItem i) {
        return new DisposalItem(i.code, i.kind, new Name(i.nameZh, i.nameEn), i.leadDepartment, i.coDepartments,
                new Limits(i.verifyLimit, i.dispatchLimit, i.acceptLimit, i.handleLimit, i.checkLimit),
                i.priority, i.onTheSpot, i.escalation, null);
    }

    /** Copies this item's fields into {@code row} (a draft's row). */
    public void applyTo(DisposalListItem row) {
        row.code = code;
        row.catalogueCode = local ? null : code;
        row.kind = kind;
        row.nameZh = name.zh();
        row.nameEn = name.enOrZh();
        row.leadDepartment = leadDepartment;
        row.coDepartments = new java.util.ArrayList<>(coDepartments);
        row.verifyLimit = limits.verify();
        row.dispatchLimit = limits.dispatch();
        row.acceptLimit = limits.accept();
        row.handleLimit = limits.handle();
        row.checkLimit = limits.check();
        row.priority = priority;
        row.onTheSpot = onTheSpot;
        row.escalation = new java.util.ArrayList<>(escalation);
    }
}
