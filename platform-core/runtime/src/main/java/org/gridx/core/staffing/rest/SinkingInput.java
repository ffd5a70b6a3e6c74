package org.gridx.core.staffing.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 实名下沉: a department handler (username) sunk into a grid node (code); the department is the account's own. */
public record SinkingInput(
        @NotBlank(message = "give the username of the department handler") @Size(max = 64) String account,
        @NotBlank(message = "give the grid code of the node")
        @Pattern(regexp = "\\d{6}(\\d{3}){0,3}", message = "a grid code is 6, 9, 12 or 15 digits") String node) {
}
