package org.gridx.core.lists.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.gridx.core.lists.domain.DisposalListVersion;

/**
 * The disposal list from a tenant definition: when it differs from the newest published version, it
 * becomes a new published version (never an edit of the old one, which cases may still point at). The
 * same file again changes nothing, so imports stay idempotent.
 */
@ApplicationScoped
public class DisposalListImport {

    @Inject
    DisposalListService service;

    /** Returns the diff against the newest published version; empty when nothing was written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ListDiff apply(List<DisposalItem> spec, Instant effectiveFrom, String actor) {
        List<DisposalItem> items = spec.stream().map(DisposalItem::normalized).toList();
        DisposalListVersion latest = DisposalListVersion.latestPublished().orElse(null);
        List<DisposalItem> before = latest == null ? List.of() : DisposalListReader.items(latest);
        ListDiff diff = ListDiff.between(latest == null ? null : latest.number, before, items);
        if (!diff.isEmpty()) {
            DisposalListVersion v = new DisposalListVersion();
            v.number = DisposalListVersion.nextNumber();
            v.status = DisposalListVersion.PUBLISHED;
            Instant now = Instant.now();
            Instant from = effectiveFrom == null ? now : effectiveFrom;
            v.effectiveFrom = latest != null && from.isBefore(latest.effectiveFrom) ? now : from;
            v.createdBy = actor;
            v.publishedBy = actor;
            v.publishedAt = now;
            v.note = "imported from the tenant definition (disposal-list.yaml)";
            v.persist();
            items.forEach(i -> DisposalListService.copy(i, v.id));
        }
        return diff;
    }
}
