package org.gridx.core.lists.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.core.lists.domain.DisposalListVersion;

/** A list version as readers see it, with its items when asked for one version. */
public record VersionView(UUID id, int number, String status, Instant effectiveFrom, String note,
        Instant createdAt, String createdBy, Instant publishedAt, String publishedBy, List<DisposalItem> items) {

    public static VersionView of(DisposalListVersion v, List<DisposalItem> items) {
        return new VersionView(v.id, v.number, v.status, v.effectiveFrom, v.note, v.createdAt, v.createdBy,
                v.publishedAt, v.publishedBy, items);
    }
}
