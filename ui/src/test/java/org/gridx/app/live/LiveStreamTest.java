package org.gridx.app.live;

import static org.gridx.app.live.LiveFixture.G1;
import static org.gridx.app.live.LiveFixture.G2;
import static org.gridx.app.live.LiveFixture.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridx.api.event.CaseChanged;
import org.gridx.api.event.DomainEvents;
import org.gridx.api.tenant.TenantContext;
import org.gridx.app.event.Cases;
import org.gridx.app.live.SseClient.Event;
import org.gridx.core.event.EventCodec;
import org.gridx.core.live.LiveListener;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Eventually;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live stream: only the caller's tenant, only what the caller's scope covers, ids that a reconnecting
 * browser sends back to get what it missed, and refusals as problems.
 */
@QuarkusTest
class LiveStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration QUIET = Duration.ofMillis(800);

    @TestHTTPResource("/")
    URL base;
    @Inject
    DomainEvents events;
    @Inject
    TenantContext tenants;
    @Inject
    EventCodec codec;
    @Inject
    LiveListener listener;

    @BeforeEach
    void listening() {
        Eventually.until("the live signal listener to connect", listener::listening);
    }

    private SseClient open(String tenant, String user) {
        return open(tenant, user, "", null);
    }

    private SseClient open(String tenant, String user, String query, String lastEventId) {
        SseClient s = SseClient.open(base.toString(), "/api/t/" + tenant + "/live" + query, token(tenant, user), false, lastEventId);
        assertEquals(200, s.status(), () -> "stream of " + user + ": " + s.body());
        return s;
    }

    private CaseChanged publish(String tenant, String number, String action, String grid, Set<String> departments,
            Set<String> recipients) {
        CaseChanged c = Cases.changed(tenant, number, action, grid, departments, recipients);
        tenants.runAs(tenant, () -> events.publish(c));
        return c;
    }

    private static long seq(String tenant, String number) {
        return ((Number) AdminSql.query("SELECT seq FROM outbox_event WHERE tenant_id = ? AND payload->>'number' = ?",
                tenant, number).get(0).get("seq")).longValue();
    }

    private static Set<String> numbers(List<Event> got) {
        return got.stream().filter(e -> e.name().startsWith("case.")).map(e -> e.data().replaceAll(".*\"number\":\"([^\"]+)\".*", "$1"))
                .collect(Collectors.toSet());
    }

    @Test
    void aStreamCarriesOnlyItsOwnTenantsEvents() throws Exception {
        String a = LiveFixture.tenant();
        String b = LiveFixture.tenant();
        try (SseClient streamA = open(a, "disp");
                SseClient streamB = SseClient.open(base.toString(), "/api/t/" + b + "/live", token(b, "disp"), true, null)) {
            assertEquals(200, streamB.status(), "a page opens the stream with its session cookie");
            assertTrue(streamA.contentType().startsWith("text/event-stream"), streamA.contentType());
            publish(b, "B-0001", "reported", G1, Set.of(), Set.of());
            publish(a, "A-0001", "reported", G1, Set.of(), Set.of());

            Event got = streamA.next(e -> e.name().equals("case.reported"), WAIT);
            assertTrue(got.data().contains("\"number\":\"A-0001\""), got.data());
            assertEquals(Long.toString(seq(a, "A-0001")), got.id(), "the event id is the outbox sequence number");
            assertTrue(got.data().contains("\"gridCode\":\"" + G1 + "\""), got.data());
            assertFalse(got.data().contains("recipients"), "recipients name other people and stay out of the stream");
            Event gotB = streamB.next(e -> e.name().equals("case.reported"), WAIT);
            assertTrue(gotB.data().contains("B-0001"), gotB.data());

            assertEquals(Set.of(), numbers(streamA.drain(QUIET)), "nothing else reached A");
            assertEquals(Set.of(), numbers(streamB.drain(QUIET)), "nothing else reached B");
            assertTrue(streamA.comments().contains("connected"), "the stream opens with a comment line: " + streamA.comments());
        }
    }

    @Test
    void eachCallerSeesWhatTheirScopeCovers() throws Exception {
        String t = LiveFixture.tenant();
        Map<String, SseClient> streams = new java.util.LinkedHashMap<>();
        for (String user : List.of("disp", "inf.a", "inf.c", "chief.c", "handler", "res.a", "res.b")) {
            streams.put(user, open(t, user, "?types=case.", null));
        }
        try {
            publish(t, "G2-PLAIN", "reported", G2, Set.of(), Set.of());
            publish(t, "G1-PLAIN", "reported", G1, Set.of(), Set.of());
            publish(t, "G2-CITY", "dispatched", G2, Set.of("city-management"), Set.of());
            publish(t, "G2-RES-A", "closed", G2, Set.of(), Set.of("res.a"));
            publish(t, "NO-GRID", "reported", null, Set.of(), Set.of());
            Set<String> dispSaw = new java.util.HashSet<>(numbers(streams.get("disp").upTo(e -> e.data().contains("NO-GRID"), WAIT)));

            Map<String, Set<String>> expected = Map.of(
                    "disp", Set.of("G2-PLAIN", "G1-PLAIN", "G2-CITY", "G2-RES-A", "NO-GRID"),
                    "inf.a", Set.of("G1-PLAIN"),
                    "inf.c", Set.of("G2-PLAIN", "G2-CITY", "G2-RES-A"),
                    "chief.c", Set.of("G2-PLAIN", "G1-PLAIN", "G2-CITY", "G2-RES-A"),
                    "handler", Set.of("G2-CITY"),
                    "res.a", Set.of("G2-RES-A"),
                    "res.b", Set.of());
            dispSaw.addAll(numbers(streams.get("disp").drain(QUIET)));
            for (var e : expected.entrySet()) {
                Set<String> saw = e.getKey().equals("disp") ? dispSaw : numbers(streams.get(e.getKey()).drain(QUIET));
                assertEquals(e.getValue(), saw, "what " + e.getKey() + " saw");
            }
        } finally {
            streams.values().forEach(SseClient::close);
        }
    }

    @Test
    void aReconnectingStreamFirstGetsWhatItMissedThenLiveEvents() throws Exception {
        String t = LiveFixture.tenant();
        publish(t, "R-1", "reported", G1, Set.of(), Set.of());
        publish(t, "R-2", "dispatched", G1, Set.of(), Set.of());
        publish(t, "R-3", "reported", G1, Set.of(), Set.of());
        Eventually.outboxSettled(t);
        long first = seq(t, "R-1");
        try (SseClient s = open(t, "inf.a", "", Long.toString(first))) {
            Event two = s.next(e -> e.name().startsWith("case."), WAIT);
            Event three = s.next(e -> e.name().startsWith("case."), WAIT);
            assertEquals(List.of(Long.toString(seq(t, "R-2")), Long.toString(seq(t, "R-3"))), List.of(two.id(), three.id()));
            assertEquals("case.dispatched", two.name());
            publish(t, "R-4", "reported", G1, Set.of(), Set.of());
            Event four = s.next(e -> e.name().startsWith("case."), WAIT);
            assertEquals(Long.toString(seq(t, "R-4")), four.id());
            assertEquals(Set.of(), numbers(s.drain(QUIET)), "nothing twice");
        }
        try (SseClient s = open(t, "disp", "?types=case.dispatched,notification", "0")) {
            Event only = s.next(e -> e.name().startsWith("case."), WAIT);
            assertEquals("case.dispatched", only.name());
            assertEquals(Set.of(), numbers(s.drain(QUIET)), "the types filter applies to the replay too");
        }
    }

    @Test
    void aStreamTooFarBehindIsToldToReloadAndMovedPastTheGap() throws Exception {
        String t = LiveFixture.tenant();
        String payload = codec.encode(Cases.changed(t, "MANY", "reported", G1, Set.of(), Set.of()));
        AdminSql.update("INSERT INTO outbox_event (tenant_id, id, type, live_type, payload, created_at, delivered_at, attempts) "
                + "SELECT ?, gen_random_uuid(), ?, 'case.reported', ?::jsonb, now(), now(), 1 FROM generate_series(1, 501)",
                t, CaseChanged.class.getName(), payload);
        long last = ((Number) AdminSql.query("SELECT max(seq) AS m FROM outbox_event WHERE tenant_id = ?", t).get(0).get("m")).longValue();
        try (SseClient s = open(t, "disp", "", "1")) {
            Event reset = s.next(e -> true, WAIT);
            assertEquals("live.reset", reset.name());
            assertEquals(Long.toString(last), reset.id());
            assertEquals(Set.of(), numbers(s.drain(QUIET)), "no partial history");
        }
    }

    @Test
    void badInputOtherTenantsAndAnonymousCallersAreRefused() {
        String a = LiveFixture.tenant();
        String b = LiveFixture.tenant();
        SseClient badTypes = SseClient.open(base.toString(), "/api/t/" + a + "/live?types=Case!", token(a, "disp"));
        assertEquals(422, badTypes.status());
        assertTrue(badTypes.body().contains("types=case.,notification"), badTypes.body());
        SseClient badId = SseClient.open(base.toString(), "/api/t/" + a + "/live", token(a, "disp"), false, "yesterday");
        assertEquals(422, badId.status());
        assertTrue(badId.body().contains("Last-Event-ID"), badId.body());
        assertEquals(404, SseClient.open(base.toString(), "/api/t/" + b + "/live", token(a, "disp")).status());
        assertEquals(401, SseClient.open(base.toString(), "/api/t/" + b + "/live", token(a, "disp"), true, null).status(),
                "a browser signed in to A is simply not signed in to B");
        assertEquals(401, SseClient.open(base.toString(), "/api/t/" + a + "/live", null).status());
    }

    @Test
    void aNewNotificationIsPushedToItsRecipientsStreamOnly() throws Exception {
        String t = LiveFixture.tenant();
        try (SseClient disp = open(t, "disp"); SseClient inf = open(t, "inf.a", "?types=notification", null)) {
            publish(t, "N-1", "dispatched", G1, Set.of(), Set.of("disp"));
            Event n = disp.next(e -> e.name().equals("notification"), WAIT);
            assertTrue(n.data().contains("案件 N-1 已dispatched"), n.data());
            assertTrue(n.data().contains("\"href\":\"/t/" + t + "/cases/"), n.data());
            assertEquals(null, n.id(), "notifications carry no id, so they do not move the browser's Last-Event-ID");
            assertTrue(inf.drain(QUIET).stream().noneMatch(e -> e.name().equals("notification")),
                    "someone else's notification is not pushed; a types filter without case. gets no case events");
        }
    }
}
