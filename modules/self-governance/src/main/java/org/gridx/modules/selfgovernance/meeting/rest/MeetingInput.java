package org.gridx.modules.selfgovernance.meeting.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.gridx.modules.selfgovernance.meeting.domain.MeetingKind;

/**
 * A meeting as the organiser plans it. {@code parties} is required for (and only for) a four-party meeting:
 * one representative for each of the four parties. {@code capacity} null means no seat limit.
 */
public record MeetingInput(
        @NotNull(message = "choose the kind: " + MeetingKind.CODES)
        @Pattern(regexp = MeetingKind.CODES, message = "must be one of " + MeetingKind.CODES) String kind,
        @NotBlank(message = "a title is required") @Size(max = 200, message = "at most 200 characters") String title,
        @NotNull(message = "the grid (or community) code is required, e.g. 150621901001001")
        @Pattern(regexp = "[0-9]{9}([0-9]{3}){0,2}", message = "a grid code of 9, 12 or 15 digits, e.g. 150621901001001")
        String gridCode,
        @NotBlank(message = "say where the meeting is held") @Size(max = 200, message = "at most 200 characters") String venue,
        @NotNull(message = "the start time is required (ISO-8601, e.g. 2026-12-01T09:00:00Z)") Instant startsAt,
        @NotNull(message = "the end time is required (ISO-8601, e.g. 2026-12-01T11:00:00Z)") Instant endsAt,
        @Positive(message = "seats must be at least 1; leave it out for no limit") @Max(value = 10000, message = "at most 10000 seats")
        Integer capacity,
        @Size(max = 30, message = "at most 30 agenda items") List<@NotBlank(message = "an agenda item needs a title")
                @Size(max = 200, message = "at most 200 characters") String> agenda,
        @Size(max = 4, message = "four parties at most") List<@Valid @NotNull PartyInput> parties) {

    public List<String> agendaOrEmpty() {
        return agenda == null ? List.of() : agenda;
    }

    public List<PartyInput> partiesOrEmpty() {
        return parties == null ? List.of() : parties;
    }
}
