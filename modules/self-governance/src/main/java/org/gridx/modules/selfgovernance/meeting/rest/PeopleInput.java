package org.gridx.modules.selfgovernance.meeting.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Usernames to invite, or who attended. */
public record PeopleInput(
        @NotEmpty(message = "name at least one person (username)") @Size(max = 500, message = "at most 500 people at once")
        List<@NotBlank(message = "a username is empty") @Size(max = 100, message = "at most 100 characters") String> usernames) {
}
