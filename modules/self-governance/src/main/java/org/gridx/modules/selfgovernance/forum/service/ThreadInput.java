package org.gridx.modules.selfgovernance.forum.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new thread: its title and opening text (the tenant's settings may allow less than these caps). */
public record ThreadInput(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 10000) String body) {
}
