package org.gridx.core.elements.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Which number to show (id_card or phone) and why: the reason goes into the audit record. */
public record RevealRequest(@NotBlank String field, @NotBlank @Size(min = 2, max = 200) String reason) {
}
