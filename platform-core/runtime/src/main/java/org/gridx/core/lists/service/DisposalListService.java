package org.gridx.core.lists.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.lists.domain.DisposalListItem;
import org.gridx.core.lists.domain.DisposalListVersion;

/**
 * Editing the disposal list: one draft at a time (a copy of the newest published version), changed item by
 * item, then published with an effective-from. Published versions are never written again, which is what
 * lets a case rely on "item X in version V" forever.
 */
@ApplicationScoped
public class DisposalListService {

    @Inject
    ListKnowledge knowledge;

    /** The open draft, or a new one copied from the newest published version (empty for a new tenant). */
    @Transactional
    public DisposalListVersion openDraft(String actor) {
        return DisposalListVersion.draft().orElseGet(() -> {
            DisposalListVersion draft = new DisposalListVersion();
            draft.number = DisposalListVersion.nextNumber();
            draft.status = DisposalListVersion.DRAFT;
            draft.createdBy = actor;
            draft.persist();
            DisposalListVersion.latestPublished().ifPresent(base -> DisposalListItem.ofVersion(base.id)
                    .forEach(i -> copy(DisposalItem.of(i), draft.id)));
            return draft;
        });
    }

    @Transactional
    public DisposalItem putItem(UUID versionId, String code, DisposalItem item) {
        DisposalListVersion draft = requireDraft(versionId);
        if (!code.equals(item.code())) {
            throw ProblemException.invalid("The item's code must match the address.",
                    List.of(new FieldProblem("/code", "send '" + code + "' or PUT to …/items/" + item.code())));
        }
        validate(List.of(item), "");
        DisposalListItem row = DisposalListItem.inVersion(draft.id, code).orElse(null);
        if (row == null) {
            copy(item, draft.id);
        } else {
            item.applyTo(row);
        }
        return item;
    }

    @Transactional
    public void removeItem(UUID versionId, String code) {
        DisposalListVersion draft = requireDraft(versionId);
        DisposalListItem.inVersion(draft.id, code).orElseThrow(() -> ProblemException.notFound(
                "The draft has no item '" + code + "'.")).delete();
    }

    @Transactional
    public void discard(UUID versionId) {
        requireDraft(versionId).delete();
    }

    /**
     * Freezes the draft. {@code effectiveFrom} defaults to now; it may lie in the future, but not before the
     * newest published version's, so "the version in force at T" stays one clear answer.
     */
    @Transactional
    public DisposalListVersion publish(UUID versionId, Instant effectiveFrom, String note, String actor) {
        DisposalListVersion draft = requireDraft(versionId);
        Instant from = effectiveFrom == null ? Instant.now() : effectiveFrom;
        DisposalListVersion.latestPublished().filter(p -> from.isBefore(p.effectiveFrom)).ifPresent(p -> {
            throw ProblemException.invalid("A version cannot take effect before the one it replaces.",
                    List.of(new FieldProblem("/effectiveFrom", "must be on or after " + p.effectiveFrom
                            + " (version " + p.number + ")")));
        });
        if (DisposalListItem.count("versionId", draft.id) == 0) {
            throw ProblemException.conflict("The draft has no items; add at least one before publishing.");
        }
        draft.status = DisposalListVersion.PUBLISHED;
        draft.effectiveFrom = from;
        draft.publishedAt = Instant.now();
        draft.publishedBy = actor;
        draft.note = note;
        return draft;
    }

    /** Checks items against this tenant's departments and the catalogue; 422 naming every problem. */
    public void validate(List<DisposalItem> items, String at) {
        DisposalItemCheck.Known known = knowledge.current();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DisposalItemCheck.check(items.get(i), items.size() == 1 && at.isEmpty() ? "" : at + "/" + i, known, problems);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Some fields of the list item are not valid; fix each one named below.", problems);
        }
    }

    static void copy(DisposalItem item, UUID versionId) {
        DisposalListItem row = new DisposalListItem();
        row.versionId = versionId;
        item.applyTo(row);
        row.persist();
    }

    private static DisposalListVersion requireDraft(UUID versionId) {
        DisposalListVersion v = DisposalListVersion.<DisposalListVersion>findByIdOptional(versionId).orElseThrow(() ->
                ProblemException.notFound("There is no list version " + versionId + " in this tenant."));
        if (!v.isDraft()) {
            throw ProblemException.conflict("Version " + v.number + " is published and can no longer change; "
                    + "open a draft (POST …/lists/disposal/draft) and edit that.");
        }
        return v;
    }
}
