package org.gridx.core.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gridx.api.event.LiveEvent;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.event.EventCodec;
import org.gridx.core.event.OutboxRow;
import org.gridx.core.event.OutboxStore;
import org.gridx.core.notification.rest.NotificationView;
import org.gridx.core.notification.service.Inbox;

/**
 * Turns a live signal into what this replica's streams receive, reading the row as the signal's tenant
 * (so row-level security decides what can be read) and only when this replica has a stream of that
 * tenant at all.
 */
@ApplicationScoped
public class LiveSignalHandler {

    @Inject
    LiveHub hub;
    @Inject
    TenantContext tenants;
    @Inject
    OutboxStore store;
    @Inject
    EventCodec codec;
    @Inject
    Inbox inbox;

    void events(String tenant, List<Long> seqs) {
        if (!hub.hasSubscribers(tenant)) {
            return;
        }
        for (OutboxRow row : tenants.callAs(tenant, () -> store.find(tenant, seqs))) {
            if (row.liveType() != null && codec.decode(row.type(), row.payload()) instanceof LiveEvent live) {
                hub.publish(tenant, row.seq(), live);
            }
        }
    }

    void notification(String tenant, String id) {
        if (!hub.hasSubscribers(tenant)) {
            return;
        }
        UUID uuid = UUID.fromString(id);
        Optional<Inbox.Pushed> n = tenants.callAs(tenant, () -> inbox.forPush(uuid));
        n.ifPresent(p -> hub.notification(tenant, p.recipient(), p.view()));
    }
}
