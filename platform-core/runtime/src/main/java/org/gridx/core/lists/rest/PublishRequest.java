package org.gridx.core.lists.rest;

import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Publishing a draft: when it takes effect (default now) and a note for the history. */
public record PublishRequest(Instant effectiveFrom, @Size(max = 500) String note) {
}
