package org.gridx.modules.selfgovernance.meeting.rest;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** An agenda item to add: a title of its own, or a proposal from the "ready for agenda" list (not both). */
public record AgendaInput(@Size(max = 200, message = "at most 200 characters") String title, UUID proposalId) {
}
