package org.gridx.core.live;

import java.util.List;
import java.util.Set;
import org.gridx.api.event.LiveEvent;
import org.gridx.api.event.Notifying;

/**
 * Who listens on one stream and what they may see, fixed when the stream opens (a scope change applies
 * from the next reconnect): tenant-wide roles everything; grid roles events inside the subtrees of their
 * grid scope; department handlers events that name their department; anyone the events that name them as
 * recipients (a resident: the cases they reported). An event without a grid concerns the whole tenant
 * and reaches only tenant-wide roles and its named people.
 */
public record LiveAudience(String username, boolean everything, Set<String> gridCodes, String department,
        List<String> typePrefixes) {

    public static final String NOTIFICATION = "notification";

    public boolean sees(LiveEvent e) {
        return everything
                || (e.gridCode() != null && gridCodes.contains(e.gridCode()))
                || (department != null && e.departments() != null && e.departments().contains(department))
                || (e instanceof Notifying n && n.recipients() != null && n.recipients().contains(username));
    }

    /** Whether the stream asked for this type ({@code types=case.} takes every {@code case.…}). */
    public boolean wants(String type) {
        return typePrefixes.isEmpty() || typePrefixes.stream().anyMatch(type::startsWith);
    }
}
