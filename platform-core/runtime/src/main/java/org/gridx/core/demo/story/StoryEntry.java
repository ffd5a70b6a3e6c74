package org.gridx.core.demo.story;

import java.time.Instant;
import java.util.Map;
import org.gridx.core.casework.domain.Transition;

/** One generated timeline entry: a row of the loop's table made by someone at a moment, with its note and data. */
public record StoryEntry(Instant at, Transition transition, String actor, String role, String note, Map<String, Object> data) {
}
