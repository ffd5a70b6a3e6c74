package org.gridx.core.live;

import io.quarkus.logging.Log;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.gridx.api.event.LiveEvent;

/**
 * One open stream. While it replays what a reconnecting browser missed, live events are held and sent
 * after the replay; ids already sent are remembered (the last few thousand) so the overlap between replay
 * and live goes out once. Events from rows committed out of sequence order are still sent, not dropped.
 */
final class LiveSubscriber {

    private static final int REMEMBERED = 2000;

    /** A live event with its outbox sequence number, the stream's event id. */
    record Numbered(long seq, LiveEvent event) {
    }

    final String tenant;
    final LiveAudience audience;
    private final SseEventSink sink;
    private final Sse sse;
    private final Function<Object, String> json;
    private final Set<Long> sent = new LinkedHashSet<>();
    private final List<Numbered> held = new ArrayList<>();
    private boolean replaying = true;
    private volatile boolean gone;

    LiveSubscriber(String tenant, LiveAudience audience, SseEventSink sink, Sse sse, Function<Object, String> json) {
        this.tenant = tenant;
        this.audience = audience;
        this.sink = sink;
        this.sse = sse;
        this.json = json;
    }

    synchronized void offer(long seq, LiveEvent e) {
        if (replaying) {
            held.add(new Numbered(seq, e));
        } else {
            sendEvent(seq, e);
        }
    }

    /** Sends the missed events, then what arrived meanwhile, and from then on sends as events arrive. */
    synchronized void replay(List<Numbered> missed) {
        missed.forEach(m -> sendEvent(m.seq(), m.event()));
        held.sort(Comparator.comparingLong(Numbered::seq));
        held.forEach(h -> sendEvent(h.seq(), h.event()));
        held.clear();
        replaying = false;
    }

    synchronized void notification(String recipient, Object view) {
        if (audience.username().equals(recipient) && audience.wants(LiveAudience.NOTIFICATION)) {
            send(sse.newEventBuilder().name(LiveAudience.NOTIFICATION).data(String.class, json.apply(view)).build());
        }
    }

    /** A stream told to start over (too much was missed); its id moves the browser past the gap. */
    synchronized void reset(long lastSeq) {
        sent.add(lastSeq);
        send(sse.newEventBuilder().id(Long.toString(lastSeq)).name("live.reset")
                .data(String.class, "{\"reload\":true}").build());
    }

    void comment(String text, long retryMillis) {
        OutboundSseEvent.Builder b = sse.newEventBuilder().comment(text);
        if (retryMillis > 0) {
            b.reconnectDelay(retryMillis);
        }
        send(b.build());
    }

    boolean closed() {
        return gone || sink.isClosed();
    }

    void close() {
        gone = true;
        try {
            sink.close();
        } catch (RuntimeException e) {
            Log.debugf("closing a live stream: %s", e);
        }
    }

    private void sendEvent(long seq, LiveEvent e) {
        if (!tenant.equals(e.tenantId()) || !audience.wants(e.type()) || !audience.sees(e) || !sent.add(seq)) {
            return;
        }
        if (sent.size() > REMEMBERED) {
            sent.remove(sent.iterator().next());
        }
        send(sse.newEventBuilder().id(Long.toString(seq)).name(e.type())
                .data(String.class, json.apply(LiveMessage.of(seq, e))).build());
    }

    private void send(OutboundSseEvent event) {
        if (closed()) {
            return;
        }
        sink.send(event).exceptionally(t -> {
            gone = true;
            return null;
        });
    }
}
