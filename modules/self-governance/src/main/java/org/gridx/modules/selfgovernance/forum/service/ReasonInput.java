package org.gridx.modules.selfgovernance.forum.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why: for hiding a post or reporting it as abusive. */
public record ReasonInput(@NotBlank @Size(max = 500) String reason) {
}
