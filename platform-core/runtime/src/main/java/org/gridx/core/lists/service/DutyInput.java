package org.gridx.core.lists.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.gridx.core.lists.domain.DutyItem;

/** A duty of one of the three responsibility lists, for one role at one grid level. */
public record DutyInput(
        @NotBlank @Pattern(regexp = "party-building|governance|convenience",
                message = "use party-building, governance or convenience") String list,
        @NotBlank String role,
        @Min(0) @Max(3) int level,
        @Valid @NotNull DisposalItem.Name text,
        @NotBlank @Pattern(regexp = "daily|weekly|monthly|quarterly|yearly|as-needed",
                message = "use daily, weekly, monthly, quarterly, yearly or as-needed") String frequency,
        Integer position) {

    public record View(UUID id, String list, String role, int level, DisposalItem.Name text, String frequency, int position) {
        public static View of(DutyItem d) {
            return new View(d.id, d.list, d.role, d.level, new DisposalItem.Name(d.textZh, d.textEn), d.frequency, d.position);
        }
    }
}
