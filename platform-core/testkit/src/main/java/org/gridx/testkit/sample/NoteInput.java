package org.gridx.testkit.sample;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note as a client sends it; the tenant's max-title-length setting is checked on top of these limits. */
public record NoteInput(
        @NotBlank(message = "a title is required") @Size(max = 200, message = "at most 200 characters") String title,
        @Size(max = 4000, message = "at most 4000 characters") String body) {
}
