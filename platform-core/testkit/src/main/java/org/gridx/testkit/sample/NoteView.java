package org.gridx.testkit.sample;

import java.time.Instant;
import java.util.UUID;

/** A note as the API returns it. */
public record NoteView(UUID id, String title, String body, Instant createdAt) {

    static NoteView of(SampleNote n) {
        return new NoteView(n.id, n.title, n.body, n.createdAt);
    }
}
