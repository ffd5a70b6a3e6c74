package org.gridx.core.command.duty.service;

import java.util.UUID;
import org.gridx.core.command.duty.domain.Duty;
import org.gridx.core.identity.domain.Account;

/** A roster entry as shown: the day and hours, who (username and name), in which duty role, their phone. */
public record DutyView(UUID id, String date, String shift, String startsAt, String endsAt, String username,
        String name, String role, String phone) {

    static DutyView of(Duty d, Account a) {
        return new DutyView(d.id, d.day.toString(), d.shift, d.startsAt.toString(), d.endsAt.toString(),
                a == null ? null : a.username, a == null ? null : a.displayName, d.dutyRole, d.phone);
    }
}
