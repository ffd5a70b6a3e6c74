package org.gridx.modules.selfgovernance.forum.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The banned person's one appeal. */
public record AppealInput(@NotBlank @Size(max = 1000) String text) {
}
