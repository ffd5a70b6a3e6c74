package org.gridx.core.live;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.gridx.api.event.LiveEvent;
import org.gridx.api.event.Notifying;
import org.gridx.api.i18n.LocalizedText;

/**
 * The data of one live event on the stream: what {@link LiveEvent} declares safe to show, and for events
 * that notify people their message and link. Recipients are never sent: they name other people.
 */
public record LiveMessage(long seq, String type, Instant occurredAt, String gridCode, Set<String> departments,
        Map<String, Object> data, LocalizedText message, String link) {

    public static LiveMessage of(long seq, LiveEvent e) {
        Notifying n = e instanceof Notifying notifying ? notifying : null;
        return new LiveMessage(seq, e.type(), e.occurredAt(), e.gridCode(), e.departments(), e.data(),
                n == null ? null : n.message(), n == null ? null : n.link());
    }
}
