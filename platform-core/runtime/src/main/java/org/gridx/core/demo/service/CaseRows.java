package org.gridx.core.demo.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.gridx.core.casework.domain.TimelineEntry;
import org.gridx.core.casework.service.TimelineHash;
import org.gridx.core.demo.story.CaseSeed;
import org.gridx.core.demo.story.StoryCase;
import org.gridx.core.demo.story.StoryEntry;

/**
 * Generated cases as rows: the case file as the loop leaves it after its last entry, its record chained and
 * hashed exactly as CaseTimeline seals it (so the tenant's record verifies), and its reporter as a party.
 * Ids are derived from tenant and case number, so the same history written twice is the same rows.
 */
final class CaseRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tenant;
    private final UUID listVersion;
    private final Columns cases = new Columns().column("id", "uuid").column("number", "text").column("source", "text")
            .column("state", "text").column("item", "text").column("title", "text").column("description", "text")
            .column("node", "uuid").column("grid", "text").column("lon", "float8").column("lat", "float8")
            .column("priority", "text").column("reporter", "text").column("reported", "text").column("lead", "text")
            .column("co", "text").column("level", "text").column("handler", "text").column("started", "text")
            .column("due", "text").column("overdue", "bool").column("postponements", "int4").column("reworks", "int4")
            .column("returns", "int4").column("rating", "int4").column("closed", "text").column("length", "int4")
            .column("head", "text");
    private final Columns timeline = new Columns().column("id", "uuid").column("case_id", "uuid").column("seq", "int4")
            .column("at", "text").column("from_state", "text").column("action", "text").column("to_state", "text")
            .column("actor", "text").column("role", "text").column("note", "text").column("data", "text")
            .column("prev", "text").column("hash", "text");
    private final Columns parties = new Columns().column("id", "uuid").column("case_id", "uuid").column("party", "text")
            .column("kind", "text").column("added", "text");

    CaseRows(String tenant, UUID listVersion) {
        this.tenant = tenant;
        this.listVersion = listVersion;
    }

    UUID add(CaseSeed s, StoryCase c) {
        UUID id = id(s.number());
        String head = TimelineHash.GENESIS;
        int seq = 0;
        for (StoryEntry e : c.entries) {
            TimelineEntry t = entry(e, ++seq, head);
            t.hash = TimelineHash.of(t, s.number());
            timeline.add("id", id(s.number() + "#" + seq));
            timeline.add("case_id", id);
            timeline.add("seq", seq);
            timeline.add("at", t.at.toString());
            timeline.add("from_state", t.fromState);
            timeline.add("action", t.action);
            timeline.add("to_state", t.toState);
            timeline.add("actor", t.actor);
            timeline.add("role", t.actorRole);
            timeline.add("note", t.note);
            timeline.add("data", json(t));
            timeline.add("prev", t.prevHash);
            timeline.add("hash", t.hash);
            head = t.hash;
        }
        caseRow(id, s, c, head);
        party(id, s.reporter().username(), "reporter", s.reportedAt());
        for (String handler : c.escalationHandlers) {
            if (!handler.equals(s.reporter().username())) {
                party(id, handler, "escalation", s.reportedAt());
            }
        }
        return id;
    }

    private void caseRow(UUID id, CaseSeed s, StoryCase c, String head) {
        cases.add("id", id);
        cases.add("number", s.number());
        cases.add("source", s.source());
        cases.add("state", c.state.code());
        cases.add("item", s.item().code());
        cases.add("title", s.item().name().length() <= 120 ? s.item().name() : s.item().name().substring(0, 119) + "…");
        cases.add("description", s.description());
        cases.add("node", s.grid().id());
        cases.add("grid", s.grid().code());
        cases.add("lon", s.point() == null ? null : s.point()[0]);
        cases.add("lat", s.point() == null ? null : s.point()[1]);
        cases.add("priority", s.item().priority());
        cases.add("reporter", s.reporter().username());
        cases.add("reported", s.reportedAt().toString());
        cases.add("lead", c.lead);
        cases.add("co", "{" + String.join(",", c.co.stream().map(d -> "\"" + d + "\"").toList()) + "}");
        cases.add("level", c.level);
        cases.add("handler", c.levelHandler);
        cases.add("started", c.stepStartedAt.toString());
        cases.add("due", c.dueAt == null ? null : c.dueAt.toString());
        cases.add("overdue", c.overdue);
        cases.add("postponements", (int) c.postponements);
        cases.add("reworks", (int) c.reworks);
        cases.add("returns", (int) c.returns);
        cases.add("rating", c.rating == null ? null : c.rating.intValue());
        cases.add("closed", c.closedAt == null ? null : c.closedAt.toString());
        cases.add("length", c.entries.size());
        cases.add("head", head);
    }

    private void party(UUID caseId, String who, String kind, Instant at) {
        parties.add("id", id(caseId + "/" + who));
        parties.add("case_id", caseId);
        parties.add("party", who);
        parties.add("kind", kind);
        parties.add("added", at.toString());
    }

    int size() {
        return cases.size();
    }

    void write(Connection c) throws SQLException {
        if (size() == 0) {
            return;
        }
        insert(c, "INSERT INTO case_file (tenant_id, list_version_id, kind, id, number, source, state, item_code, title, "
                + "description, grid_node_id, grid_code, lon, lat, priority, reported_by, reported_at, lead_department, "
                + "co_departments, escalation_level, escalation_handler, step_started_at, due_at, overdue, postponements, "
                + "reworks, returns, rating, closed_at, timeline_length, timeline_head, row_version) SELECT ?, ?, 'problem', "
                + "id, number, source, state, item, title, description, node, grid, lon, lat, priority, reporter, "
                + "reported::timestamptz, lead, co::text[], level, handler, started::timestamptz, due::timestamptz, overdue, "
                + "postponements, reworks, returns, rating, closed::timestamptz, length, head, length - 1 FROM "
                + cases.source(), cases, true);
        insert(c, "INSERT INTO case_timeline (tenant_id, id, case_id, seq, at, from_state, action, to_state, actor, "
                + "actor_role, note, data, prev_hash, hash) SELECT ?, id, case_id, seq, at::timestamptz, from_state, action, "
                + "to_state, actor, role, note, data::jsonb, prev, hash FROM " + timeline.source(), timeline, false);
        insert(c, "INSERT INTO case_party (tenant_id, id, case_id, party, kind, added_at) SELECT ?, id, case_id, party, "
                + "kind, added::timestamptz FROM " + parties.source(), parties, false);
    }

    private void insert(Connection c, String sql, Columns rows, boolean withVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            int next = 2;
            if (withVersion) {
                ps.setObject(next++, listVersion);
            }
            rows.bind(c, ps, next);
            ps.executeUpdate();
        }
    }

    private TimelineEntry entry(StoryEntry e, int seq, String prev) {
        TimelineEntry t = new TimelineEntry();
        t.tenantId = tenant;
        t.seq = seq;
        t.at = e.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        t.fromState = e.transition().from().code();
        t.action = e.transition().action().code();
        t.toState = e.transition().to().code();
        t.actor = e.actor();
        t.actorRole = e.role();
        t.note = e.note();
        t.data = e.data();
        t.prevHash = prev;
        return t;
    }

    private static String json(TimelineEntry t) {
        try {
            return JSON.writeValueAsString(t.data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID id(String key) {
        return UUID.nameUUIDFromBytes((tenant + "/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
