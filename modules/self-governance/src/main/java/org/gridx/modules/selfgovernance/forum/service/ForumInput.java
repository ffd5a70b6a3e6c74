package org.gridx.modules.selfgovernance.forum.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A forum as staff open or rename it: its node (12 digits = community, 15 = grid), title, description. */
public record ForumInput(
        @NotBlank @Pattern(regexp = "\\d{12}(\\d{3})?", message = "must be a community (12 digits) or grid (15 digits) code")
        String nodeCode,
        @NotBlank @Size(max = 80) String title,
        @Size(max = 500) String description) {
}
