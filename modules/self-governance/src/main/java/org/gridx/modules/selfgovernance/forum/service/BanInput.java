package org.gridx.modules.selfgovernance.forum.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A ban: whom (account name), why, and the last day it lasts (inclusive, China time). */
public record BanInput(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 500) String reason,
        @NotNull LocalDate until) {
}
