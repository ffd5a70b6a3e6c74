package org.gridx.core.portal.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A news item to publish: Chinese title and text required, English optional (the page falls back to Chinese). */
public record NewsInput(
        @NotBlank(message = "a Chinese title, e.g. 北大社区民情问需会召开") @Size(max = 120, message = "at most 120 characters") String titleZh,
        @Size(max = 120, message = "at most 120 characters") String titleEn,
        @NotBlank(message = "the text residents read") @Size(max = 4000, message = "at most 4000 characters") String bodyZh,
        @Size(max = 4000, message = "at most 4000 characters") String bodyEn) {
}
