package org.gridx.core.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;

/**
 * The PostgreSQL NOTIFY channel that fans live events out to every replica: the replica that delivers an
 * outbox row (or writes a notification) signals {tenant, seq} (or {tenant, notification}); every replica
 * listens and loads the row itself, as that tenant. Payloads carry ids only, never content.
 */
public final class LiveSignals {

    public static final String CHANNEL = "gridx_live";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveSignals() {
    }

    public static String event(String tenant, long seq) {
        return JSON.createObjectNode().put("tenant", tenant).put("seq", seq).toString();
    }

    public static String notification(String tenant, UUID id) {
        return JSON.createObjectNode().put("tenant", tenant).put("notification", id.toString()).toString();
    }
}
