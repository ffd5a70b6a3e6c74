package org.gridx.core.casework.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.CaseTransitions;
import org.gridx.core.casework.service.Actor;
import org.gridx.core.casework.service.CaseItems;
import org.gridx.core.casework.service.CaseSummary;
import org.gridx.core.casework.service.Intake;

/** Builds the full {@link CaseView} for a caller: the list's suggestion and the actions open to them. */
@ApplicationScoped
@Transactional
public class CaseViews {

    @Inject
    CaseItems items;

    public CaseView of(CaseFile c, Actor a) {
        return of(c, a, CaseView.timeline(c.id));
    }

    /** A case intake has just created: its one timeline entry and photos are in hand, nothing is read back. */
    public CaseView ofNew(Intake i, Actor a) {
        return of(i.file(), a, List.of(TimelineView.of(i.first(), i.photos())));
    }

    private CaseView of(CaseFile c, Actor a, List<TimelineView> timeline) {
        CaseView.Suggestion s = items.item(c).map(i -> new CaseView.Suggestion(i.leadDepartment, List.copyOf(i.coDepartments),
                i.verifyLimit, i.dispatchLimit, i.acceptLimit, i.handleLimit, i.checkLimit, i.onTheSpot)).orElse(null);
        List<String> allowed = CaseTransitions.allowed(c.currentState(), a.roles()).stream().map(CaseAction::code).toList();
        return new CaseView(CaseSummary.of(c), c.description, c.reportedBy, c.reporterName, c.escalationHandler,
                c.postponementAsked, c.reworks, c.returns, c.postponements, s, allowed, timeline);
    }
}
