package org.gridx.core.staffing.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.staffing.domain.StaffAbsence;

public record AbsenceView(UUID id, PersonRef account, Instant from, Instant to, String reason) {

    public static AbsenceView of(StaffAbsence a) {
        return new AbsenceView(a.id, PersonRef.of(Account.findById(a.accountId)), a.startsAt, a.endsAt, a.reason);
    }
}
