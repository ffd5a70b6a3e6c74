package org.gridx.modules.selfgovernance.forum.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A moderator's answer to an appeal: {@code lift} the ban or {@code uphold} it, with an optional note. */
public record DecisionInput(@NotNull @Pattern(regexp = "lift|uphold", message = "must be 'lift' or 'uphold'") String decision,
        @Size(max = 500) String note) {
}
