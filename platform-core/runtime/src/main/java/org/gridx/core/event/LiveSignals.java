package org.gridx.core.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The PostgreSQL NOTIFY channel that fans live events out to every replica: the replica that delivers an
 * outbox row (or writes a notification) signals {tenant, seqs} (or {tenant, notification}); every replica
 * listens and loads the row itself, as that tenant. Payloads carry ids only, never content.
 */
public final class LiveSignals {

    public static final String CHANNEL = "gridx_live";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveSignals() {
    }

    /** Sequence numbers per signal: NOTIFY payloads must stay under 8,000 bytes. */
    static final int SEQS_PER_SIGNAL = 300;

    /** Signals naming these live events of the tenant: one per {@link #SEQS_PER_SIGNAL}, none for none. */
    public static List<String> events(String tenant, List<Long> seqs) {
        List<String> signals = new ArrayList<>();
        for (int from = 0; from < seqs.size(); from += SEQS_PER_SIGNAL) {
            ObjectNode signal = JSON.createObjectNode().put("tenant", tenant);
            ArrayNode list = signal.putArray("seqs");
            seqs.subList(from, Math.min(seqs.size(), from + SEQS_PER_SIGNAL)).forEach(list::add);
            signals.add(signal.toString());
        }
        return signals;
    }

    public static String notification(String tenant, UUID id) {
        return JSON.createObjectNode().put("tenant", tenant).put("notification", id.toString()).toString();
    }
}
