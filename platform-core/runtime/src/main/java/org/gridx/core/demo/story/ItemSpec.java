package org.gridx.core.demo.story;

import java.time.Duration;
import java.util.List;
import org.gridx.core.lists.domain.EscalationStep;

/** A disposal-list item as a generated case needs it: who leads, each step's limit, the escalation path. */
public record ItemSpec(String code, String name, String priority, String lead, List<String> co, boolean onTheSpot,
        Duration verify, Duration dispatch, Duration accept, Duration handle, Duration check, List<EscalationStep> path) {
}
