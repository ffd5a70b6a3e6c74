package org.gridx.core.lists.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.core.lists.domain.CaseReportDraft;
import org.gridx.core.lists.domain.PatrolCheck;
import org.gridx.core.lists.domain.PatrolRound;

/** A recorded round with its checks and the case report drafts its problems produced. */
public record RoundView(UUID id, String grid, String informant, Instant submittedAt, List<CheckView> checks,
        List<DraftView> caseReportDrafts) {

    public record CheckView(UUID id, UUID item, String result, Instant at, Double lon, Double lat, String note) {
        static CheckView of(PatrolCheck c) {
            return new CheckView(c.id, c.itemId, c.result, c.checkedAt, c.lon, c.lat, c.note);
        }
    }

    public record DraftView(UUID id, String status, UUID patrolCheck, String catalogueKind, String catalogueCode,
            String grid, Double lon, Double lat, String description, String reporter, Instant createdAt) {
        public static DraftView of(CaseReportDraft d) {
            return new DraftView(d.id, d.status, d.patrolCheckId, d.catalogueKind, d.catalogueCode, d.gridCode,
                    d.lon, d.lat, d.description, d.reporter, d.createdAt);
        }
    }

    static RoundView of(PatrolRound r) {
        List<PatrolCheck> checks = PatrolCheck.ofRound(r.id);
        List<UUID> ids = checks.stream().map(c -> c.id).toList();
        List<DraftView> drafts = ids.isEmpty() ? List.of() : CaseReportDraft.<CaseReportDraft>list(
                "patrolCheckId in ?1 order by createdAt, id", ids).stream().map(DraftView::of).toList();
        return new RoundView(r.id, r.gridCode, r.informant, r.submittedAt, checks.stream().map(CheckView::of).toList(), drafts);
    }
}
