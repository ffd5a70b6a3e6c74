package org.gridx.modules.selfgovernance.forum.rest;

import jakarta.validation.constraints.NotNull;

/** Pin a thread as a notice, or unpin it. */
public record PinInput(@NotNull Boolean pinned) {
}
