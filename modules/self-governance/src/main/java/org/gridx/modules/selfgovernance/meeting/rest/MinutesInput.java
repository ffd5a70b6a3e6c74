package org.gridx.modules.selfgovernance.meeting.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The minutes (会议纪要) the organiser records; recording again replaces them. */
public record MinutesInput(
        @NotBlank(message = "the minutes are empty") @Size(max = 20000, message = "at most 20000 characters") String text) {
}
