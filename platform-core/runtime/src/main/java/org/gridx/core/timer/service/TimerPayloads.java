package org.gridx.core.timer.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/** Converts what timers keep in PostgreSQL (jsonb payloads, timestamptz) to and from Java values. */
final class TimerPayloads {

    /** A payload says which case and step a timer is for, not the case itself. */
    static final int MAX_PAYLOAD_CHARS = 4000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private TimerPayloads() {
    }

    static String write(Map<String, String> payload) {
        try {
            String text = JSON.writeValueAsString(payload == null ? Map.of() : payload);
            if (text.length() > MAX_PAYLOAD_CHARS) {
                throw new IllegalArgumentException("a timer payload of " + text.length() + " characters; keep it under "
                        + MAX_PAYLOAD_CHARS + " (ids and codes, not documents)");
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a timer payload must be a map of strings: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, String> read(Object jsonText) {
        try {
            return jsonText == null ? Map.of() : Map.copyOf(JSON.readValue(jsonText.toString(), MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a timer payload in the database is not a map of strings", e);
        }
    }

    /** A timestamptz column of a native query, whichever Java type the driver and Hibernate chose for it. */
    static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass().getName());
    }
}
