package org.gridx.core.open311.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A new Open311 key: named after the client that will use it, e.g. {@code fixmystreet} or {@code hotline-crm}. */
public record KeyInput(
        @NotBlank(message = "name the client that will use the key, e.g. fixmystreet")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,47}", message = "1 to 48 lower-case letters, digits or . _ -, e.g. resident-app")
        String name) {
}
