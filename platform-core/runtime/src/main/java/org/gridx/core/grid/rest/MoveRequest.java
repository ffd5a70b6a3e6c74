package org.gridx.core.grid.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where a node goes: the new parent's code, and optionally its new code (else the next free one). */
public record MoveRequest(
        @NotBlank(message = "give the new parent's code") @Size(max = 15, message = "at most 15 digits") String parent,
        @Size(max = 15, message = "at most 15 digits") String code) {
}
