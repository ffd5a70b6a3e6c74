package org.gridx.core.command.duty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.command.duty.domain.Duty;
import org.gridx.core.identity.domain.Account;

/** The on-duty roster (值班表): who is on duty on a day, and adding or removing an entry. */
@ApplicationScoped
public class Roster {

    @Transactional
    public List<DutyView> on(LocalDate day) {
        List<Duty> entries = Duty.on(day);
        Map<UUID, Account> people = entries.isEmpty() ? Map.of()
                : Account.<Account>list("id in ?1", entries.stream().map(d -> d.accountId).toList()).stream()
                        .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return entries.stream().map(d -> DutyView.of(d, people.get(d.accountId))).toList();
    }

    @Transactional
    public DutyView add(DutyInput in) {
        DutyRules.Checked c = DutyRules.check(in);
        Account a = Account.findByUsername(in.username().strip()).filter(Account::isActive).orElseThrow(() ->
                ProblemException.invalid("Unknown person.", List.of(new FieldProblem("/username",
                        "no active account '" + in.username() + "' in this tenant; give the username of a current staff member"))));
        if (Duty.count("day = ?1 and shift = ?2 and accountId = ?3", c.day(), c.shift(), a.id) > 0) {
            throw ProblemException.conflict(a.username + " is already on the " + c.shift() + " shift of " + c.day()
                    + "; remove that entry first to change their duty role.");
        }
        Duty d = new Duty();
        d.day = c.day();
        d.shift = c.shift();
        d.startsAt = c.starts();
        d.endsAt = c.ends();
        d.accountId = a.id;
        d.dutyRole = in.role();
        d.phone = in.phone() == null || in.phone().isBlank() ? null : in.phone().strip();
        d.persist();
        return DutyView.of(d, a);
    }

    @Transactional
    public void remove(UUID id) {
        Duty d = Duty.findById(id);
        if (d == null) {
            throw ProblemException.notFound("There is no roster entry " + id + " in this tenant.");
        }
        d.delete();
    }
}
