package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.fieldwork.domain.AppealStatus;
import org.gridx.core.fieldwork.domain.ResidentAppeal;
import org.gridx.core.fieldwork.service.Recorded;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.lists.domain.CaseReportDraft;

/**
 * The two hand-offs into the loop: a failed patrol item's draft, and an appeal a grid worker marked 'to-case'.
 * Each is reported with a key derived from its own id, so submitting it twice gives the same case.
 */
@ApplicationScoped
@Transactional
public class CaseHandOffs {

    @Inject
    CaseIntake intake;

    public Recorded<CaseFile> fromDraft(UUID draftId, HandOffInput in, Actor actor) {
        CaseReportDraft d = CaseReportDraft.findById(draftId);
        if (d == null) {
            throw ProblemException.notFound("There is no patrol draft " + draftId + ".");
        }
        if ("discarded".equals(d.status)) {
            throw ProblemException.conflict("Draft " + draftId + " was discarded.");
        }
        String item = in != null && in.itemCode() != null ? in.itemCode() : d.catalogueCode;
        ReportInput r = new ReportInput("problem", "patrol", item, null, d.lon == null ? d.gridCode : null,
                d.lon == null ? null : java.math.BigDecimal.valueOf(d.lon), d.lat == null ? null : java.math.BigDecimal.valueOf(d.lat),
                null, d.description, null, d.reporter, null);
        Recorded<CaseFile> c = intake.report(r, actor, "draft-" + draftId);
        d.status = "taken";
        return c;
    }

    public Recorded<CaseFile> fromAppeal(UUID appealId, HandOffInput in, Actor actor) {
        ResidentAppeal a = ResidentAppeal.findById(appealId);
        if (a == null) {
            throw ProblemException.notFound("There is no appeal " + appealId + ".");
        }
        if (!AppealStatus.TO_CASE.equals(a.status)) {
            throw ProblemException.conflict("Appeal " + appealId + " is '" + a.status + "'; a grid worker hands it to "
                    + "the loop first (action to-case).");
        }
        GridNode node = GridNode.findById(a.nodeId);
        ReportInput r = new ReportInput(in == null || in.kind() == null ? "problem" : in.kind(), "appeal",
                in == null ? null : in.itemCode(), in == null ? null : in.dutyItemId(), node.code, null, null,
                a.address, a.text, null, a.raisedBy, null);
        Recorded<CaseFile> c = intake.report(r, actor, "appeal-" + appealId);
        a.caseRef = c.record().number;
        return c;
    }
}
