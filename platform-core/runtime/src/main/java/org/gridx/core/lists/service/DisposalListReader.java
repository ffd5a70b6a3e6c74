package org.gridx.core.lists.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.lists.domain.DisposalListItem;
import org.gridx.core.lists.domain.DisposalListVersion;

/**
 * Reading the disposal list. Drafts are work in progress of the administrators: other readers are told
 * they do not exist, so nobody routes a case by an unpublished limit.
 */
@ApplicationScoped
@Transactional
public class DisposalListReader {

    public VersionView inForceAt(Instant at) {
        DisposalListVersion v = DisposalListVersion.inForceAt(at).orElseThrow(() -> ProblemException.notFound(
                "No disposal list version was in force at " + at + "; publish one, or ask for a later time."));
        return withItems(v);
    }

    public List<VersionView> history(boolean withDrafts) {
        return DisposalListVersion.history().stream().filter(v -> withDrafts || !v.isDraft())
                .map(v -> VersionView.of(v, null)).toList();
    }

    public VersionView version(UUID id, boolean withDrafts) {
        return withItems(visible(id, withDrafts));
    }

    /** "Item X in version V": what a case registered under V keeps using, whatever was published since. */
    public DisposalItem item(UUID versionId, String code, boolean withDrafts) {
        DisposalListVersion v = visible(versionId, withDrafts);
        return DisposalListItem.inVersion(v.id, code).map(DisposalItem::of).orElseThrow(() ->
                ProblemException.notFound("Version " + v.number + " has no item '" + code + "'."));
    }

    public ListDiff diff(UUID id, boolean withDrafts) {
        DisposalListVersion v = visible(id, withDrafts);
        DisposalListVersion prev = DisposalListVersion.previousPublished(v).orElse(null);
        return ListDiff.between(prev == null ? null : prev.number, prev == null ? List.of() : items(prev), items(v));
    }

    private static DisposalListVersion visible(UUID id, boolean withDrafts) {
        return DisposalListVersion.<DisposalListVersion>findByIdOptional(id).filter(v -> withDrafts || !v.isDraft())
                .orElseThrow(() -> ProblemException.notFound("There is no published list version " + id + " here."));
    }

    private static VersionView withItems(DisposalListVersion v) {
        return VersionView.of(v, items(v));
    }

    static List<DisposalItem> items(DisposalListVersion v) {
        return DisposalListItem.ofVersion(v.id).stream().map(DisposalItem::of).toList();
    }
}
