package org.gridx.core.staffing.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new post: the node (grid code), the role, the A holder and optionally the B backup (usernames). */
public record PostInput(
        @NotBlank(message = "give the grid code of the node, e.g. 150621001001001")
        @Pattern(regexp = "\\d{6}(\\d{3}){0,3}", message = "a grid code is 6, 9, 12 or 15 digits") String node,
        @NotBlank(message = "give the role of the post, e.g. informant") @Size(max = 32) String role,
        @NotBlank(message = "give the username of the A holder") @Size(max = 64) String holderA,
        @Size(max = 64) String holderB) {
}
