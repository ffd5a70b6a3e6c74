package org.gridx.modules.selfgovernance.meeting.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A resolution the meeting adopted. {@code itemCode} (a disposal-list item, e.g. 06003) is needed only to
 * hand it to the closed loop as a case; {@code gridCode} defaults to the meeting's grid.
 */
public record ResolutionInput(
        @NotBlank(message = "the resolution's text is required") @Size(max = 2000, message = "at most 2000 characters") String text,
        @Pattern(regexp = "[0-9A-Za-z.-]{1,16}", message = "a disposal-list item code such as 06003") String itemCode,
        @Pattern(regexp = "[0-9]{15}", message = "a grid code of 15 digits, e.g. 150621901001001") String gridCode) {
}
