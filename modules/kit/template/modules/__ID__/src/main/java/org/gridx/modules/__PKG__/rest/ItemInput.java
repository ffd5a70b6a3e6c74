package org.gridx.modules.__PKG__.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An item as a client sends it; a violation answers 400 problem+json naming the field and the limit. */
public record ItemInput(
        @NotBlank(message = "a title is required") @Size(max = 200, message = "at most 200 characters") String title,
        @Size(max = 4000, message = "at most 4000 characters") String note) {
}
