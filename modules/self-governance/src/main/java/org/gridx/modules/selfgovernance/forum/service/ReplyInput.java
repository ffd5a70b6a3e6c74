package org.gridx.modules.selfgovernance.forum.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply's text (the tenant's post-length setting may allow less than this cap). */
public record ReplyInput(@NotBlank @Size(max = 10000) String body) {
}
