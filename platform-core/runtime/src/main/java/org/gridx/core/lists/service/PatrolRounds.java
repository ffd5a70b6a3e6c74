package org.gridx.core.lists.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.lists.domain.PatrolRound;

/**
 * Records patrol rounds exactly once per idempotency key: a phone that retries after a lost answer gets
 * the first round back (200 instead of 201); the same key with a different body is a client bug (409).
 */
@ApplicationScoped
public class PatrolRounds {

    /** The round, and whether this call recorded it (false: a retry answered from the first recording). */
    public record Outcome(RoundView round, boolean created) {
    }

    @Inject
    ObjectMapper json;
    @Inject
    RoundRecorder recorder;

    @Transactional
    public Outcome submit(String key, String informant, List<String> gridScope, RoundSubmission submission) {
        String hash = hash(submission);
        PatrolRound earlier = PatrolRound.byKey(informant, key).orElse(null);
        if (earlier != null) {
            if (!earlier.bodyHash.equals(hash)) {
                throw ProblemException.conflict("Idempotency-Key '" + key + "' was already used for a different round; "
                        + "send a new key for a new round, or resend the first round unchanged.");
            }
            return new Outcome(RoundView.of(earlier), false);
        }
        return new Outcome(RoundView.of(recorder.record(key, hash, informant, gridScope, submission, Instant.now())), true);
    }

    @Transactional
    public RoundView get(UUID id, String informantOrNull) {
        return PatrolRound.<PatrolRound>findByIdOptional(id)
                .filter(r -> informantOrNull == null || r.informant.equals(informantOrNull)).map(RoundView::of)
                .orElseThrow(() -> ProblemException.notFound("There is no patrol round " + id + " of yours here."));
    }

    private String hash(RoundSubmission submission) {
        try {
            byte[] body = json.writeValueAsString(submission).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a round", e);
        }
    }
}
