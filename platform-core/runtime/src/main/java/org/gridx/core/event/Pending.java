package org.gridx.core.event;

import java.util.Set;
import org.gridx.api.event.DomainEvent;

/**
 * One claimed outbox row on its way to the observers: its sequence number (what an observer that writes rows
 * keys them on), the event, and the observers a retry is limited to (empty on a first delivery).
 */
record Pending(long seq, DomainEvent event, Set<String> only) {
}
