package org.gridx.core.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Which outbox row an observer is being handed, for observers that write rows: delivery is at least once
 * (a crash after an observer committed but before the row was marked delivered repeats it), so such an
 * observer keys its rows on this sequence number to write them only once.
 */
@ApplicationScoped
public class EventDelivery {

    private static final ThreadLocal<Long> SEQ = new ThreadLocal<>();

    /** The outbox sequence number of the event being delivered on this thread; empty outside a delivery. */
    public OptionalLong seq() {
        Long s = SEQ.get();
        return s == null ? OptionalLong.empty() : OptionalLong.of(s);
    }

    <T> T during(long seq, Supplier<T> work) {
        Long previous = SEQ.get();
        SEQ.set(seq);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SEQ.remove();
            } else {
                SEQ.set(previous);
            }
        }
    }
}
