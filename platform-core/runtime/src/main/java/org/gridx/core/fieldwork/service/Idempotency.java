package org.gridx.core.fieldwork.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/**
 * Phones retry: the same Idempotency-Key with the same content returns the first result, with different
 * content it is refused (409), because the key was reused for something else. Content is compared by a
 * hash of the request as sent.
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Idempotency() {
    }

    /** The key, checked; null when the client sent none (then every request creates a record). */
    public static String key(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        if (!KEY.matcher(header.strip()).matches()) {
            throw ProblemException.invalid("Unusable idempotency key.", List.of(new FieldProblem(HEADER,
                    "8 to 64 letters, digits or . _ : -; a UUID generated once per record is ideal")));
        }
        return header.strip();
    }

    public static String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsString(request)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a request", e);
        }
    }

    public static void sameContentOrConflict(String storedHash, String hash, String key) {
        if (!storedHash.equals(hash)) {
            throw ProblemException.conflict("Idempotency-Key '" + key + "' was already used for a different record; "
                    + "send a new key for new content, or resend exactly the first content.");
        }
    }
}
