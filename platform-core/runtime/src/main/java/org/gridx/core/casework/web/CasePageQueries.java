package org.gridx.core.casework.web;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.service.Actor;
import org.gridx.core.casework.service.CaseAccess;

/**
 * The cases each loop page lists. Every query is narrower than what {@link CaseAccess} lets the caller
 * see (their grid scope, their department or assignments, their own reports; the whole tenant only for
 * the command centre), so a page never lists a case its case page would deny. Most urgent first.
 */
@ApplicationScoped
@Transactional
public class CasePageQueries {

    static final List<String> OPEN = List.of("reported", "registered", "dispatched", "accepted", "handled");
    static final String URGENT_FIRST = " order by overdue desc, dueAt asc nulls last, reportedAt asc";
    static final int PAGE = 50;

    @Inject
    CaseAccess access;

    /** Handled cases in the worker's grids, waiting for the on-site check (核查). */
    public List<CaseFile> toCheck(Actor a) {
        Set<String> scope = access.scopeCodes(a);
        if (scope.isEmpty()) {
            return List.of();
        }
        return CaseFile.<CaseFile>find("state = 'handled' and gridCode in :scope" + URGENT_FIRST,
                Parameters.with("scope", scope)).page(0, PAGE).list();
    }

    /** The caller's own reports still in the loop. */
    public List<CaseFile> myOpen(Actor a) {
        return CaseFile.<CaseFile>find("reportedBy = :me and state in :open" + URGENT_FIRST,
                Parameters.with("me", a.username()).and("open", OPEN)).page(0, PAGE).list();
    }

    /** Everything the caller reported, newest first. */
    public List<CaseFile> myReports(Actor a) {
        return CaseFile.<CaseFile>find("reportedBy = ?1 order by reportedAt desc", a.username()).page(0, 100).list();
    }

    /** Cases with the handler's department (as lead) or named to them, in a state of the given step. */
    public List<CaseFile> inbox(Actor a, String state) {
        return CaseFile.<CaseFile>find("state = :state and (assignee = :me or leadDepartment = :dept)" + URGENT_FIRST,
                Parameters.with("state", state).and("me", a.username()).and("dept", a.department() == null ? "" : a.department()))
                .page(0, PAGE).list();
    }

    /** One queue of the command centre (tenant-wide). */
    public List<CaseFile> queue(ConsoleQueue q) {
        return CaseFile.<CaseFile>find(q.where + URGENT_FIRST).page(0, PAGE).list();
    }

    public long count(ConsoleQueue q) {
        return CaseFile.count(q.where);
    }

    /** Open cases with a point, for the console's map. */
    public List<CaseFile> openWithPoint() {
        return CaseFile.<CaseFile>find("state in ?1 and lon is not null and lat is not null order by reportedAt desc", OPEN)
                .page(0, 500).list();
    }
}
