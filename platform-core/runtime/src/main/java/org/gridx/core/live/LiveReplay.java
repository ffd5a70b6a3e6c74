package org.gridx.core.live;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.gridx.api.event.DomainEvent;
import org.gridx.api.event.LiveEvent;
import org.gridx.core.event.EventCodec;
import org.gridx.core.event.OutboxRow;
import org.gridx.core.event.OutboxStore;

/**
 * What a reconnecting browser missed: the tenant's live events after its Last-Event-ID, read from the
 * outbox in the request's tenant (row-level security applies). A browser too far behind is told to reload
 * instead of being sent a partial history.
 */
@ApplicationScoped
public class LiveReplay {

    @Inject
    OutboxStore store;
    @Inject
    EventCodec codec;
    @Inject
    LiveConfig config;

    void replay(LiveSubscriber s, Long after) {
        if (after == null) {
            s.replay(List.of());
            return;
        }
        List<OutboxRow> rows = store.liveAfter(s.tenant, after, config.replayMax() + 1);
        if (rows.size() > config.replayMax()) {
            s.reset(store.lastSeq(s.tenant));
            s.replay(List.of());
            return;
        }
        List<LiveSubscriber.Numbered> missed = new ArrayList<>();
        for (OutboxRow row : rows) {
            try {
                DomainEvent e = codec.decode(row.type(), row.payload());
                if (e instanceof LiveEvent live) {
                    missed.add(new LiveSubscriber.Numbered(row.seq(), live));
                }
            } catch (RuntimeException e) {
                Log.warnf("live replay skips outbox row %d of %s: %s", row.seq(), s.tenant, e.getMessage());
            }
        }
        s.replay(missed);
    }
}
