package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.gridx.api.event.CaseChanged;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.CaseParty;
import org.gridx.core.casework.domain.CaseState;
import org.gridx.core.casework.domain.TimelineEntry;
import org.gridx.core.event.TransactionalDomainEvents;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.tenancy.db.SqlWrite;

/**
 * Turns a timeline entry into a {@link CaseChanged} event (leaving through the outbox) addressed to
 * everyone involved: the reporter and the case's parties, its assignee or the lead department's handlers,
 * its escalation handler — not the person who just acted.
 */
@ApplicationScoped
public class CaseEvents {

    @Inject
    TransactionalDomainEvents events; // the outbox itself: intake writes a new case's event with the case
    @Inject
    TenantContext tenants; // a case being created has no tenant id until Hibernate writes it

    public void moved(CaseFile c, TimelineEntry e) {
        events.publish(changed(c, e, true));
    }

    /**
     * A case just reported, as its outbox row for intake to write with the case (one statement). Its only party
     * is the reporter, already a recipient, so parties are not read.
     */
    public SqlWrite reported(CaseFile c, TimelineEntry e) {
        return events.publishing(changed(c, e, false));
    }

    private CaseChanged changed(CaseFile c, TimelineEntry e, boolean readParties) {
        CaseAction action = CaseAction.of(e.action).orElseThrow();
        CaseState to = CaseState.of(e.toState).orElseThrow();
        Set<String> recipients = new LinkedHashSet<>();
        if (c.reportedBy != null) {
            recipients.add(c.reportedBy);
        }
        if (readParties) {
            CaseParty.of(c.id).forEach(p -> recipients.add(p.party));
        }
        if (c.assignee != null) {
            recipients.add(c.assignee);
        }
        if (c.escalationHandler != null) {
            recipients.add(c.escalationHandler);
        }
        if (c.leadDepartment != null && (action == CaseAction.DISPATCH || action == CaseAction.REWORK
                || action == CaseAction.REMIND || action == CaseAction.OVERDUE || action == CaseAction.ESCALATE)) {
            Account.<Account>list("departmentCode", c.leadDepartment).stream().filter(Account::isActive)
                    .forEach(a -> recipients.add(a.username));
        }
        recipients.remove(e.actor);
        Set<String> departments = new LinkedHashSet<>();
        if (c.leadDepartment != null) {
            departments.add(c.leadDepartment);
        }
        departments.addAll(c.coDepartments);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("number", c.number);
        data.put("title", c.title);
        data.put("state", c.state);
        data.put("overdue", c.overdue);
        data.put("level", c.escalationLevel);
        data.put("due", c.dueAt == null ? null : c.dueAt.toString());
        data.put("lon", c.lon);
        data.put("lat", c.lat);
        data.put("seq", e.seq);
        LocalizedText message = LocalizedText.of(
                "案卷 " + c.number + "「" + c.title + "」" + action.label().zh() + " → " + to.label().zh(),
                "Case " + c.number + " (" + c.title + "): " + action.label().en() + " → " + to.label().en());
        return new CaseChanged(tenants.require(), e.at, c.id, c.number, e.action, e.fromState, e.toState, c.gridCode,
                Set.copyOf(departments), Set.copyOf(recipients), message, data);
    }
}
