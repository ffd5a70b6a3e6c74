package org.gridx.core.casework.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.gridx.core.casework.domain.TimelineEntry;

/**
 * SHA-256 over the previous entry's hash and every field of this one, with the data as canonical JSON
 * (sorted keys), so the same entry read back from jsonb hashes the same and any changed field does not.
 * The case is named by its number, not its id, so a new case's first entry can be sealed before the case
 * row is written (one INSERT each, no UPDATE at intake).
 */
public final class TimelineHash {

    public static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private TimelineHash() {
    }

    public static String of(TimelineEntry e, String caseNumber) {
        String text = String.join("\u001f", e.prevHash, e.tenantId, caseNumber, Integer.toString(e.seq),
                e.at.toString(), e.fromState, e.action, e.toState, e.actor, e.actorRole,
                e.note == null ? "" : e.note, canonical(e.data));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The data as it is hashed; intake stores this very text. */
    static String canonical(Map<String, Object> data) {
        try {
            return CANONICAL.writeValueAsString(data == null ? Map.of() : data);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("timeline data must be JSON", ex);
        }
    }
}
