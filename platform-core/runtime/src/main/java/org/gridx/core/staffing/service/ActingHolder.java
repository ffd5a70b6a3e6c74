package org.gridx.core.staffing.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.staffing.domain.StaffAbsence;
import org.gridx.core.staffing.domain.StaffPost;

/**
 * AB岗: A acts unless away (absence period covering the moment, or a disabled account); then B acts unless
 * B is away too. Nothing is switched by a job: the answer is computed for the moment asked, so a takeover
 * starts and ends exactly with the absence.
 */
@ApplicationScoped
public class ActingHolder {

    public Acting at(StaffPost post, Instant at) {
        Account a = Account.findById(post.holderAId);
        if (present(a, at)) {
            return new Acting(a, "A");
        }
        Account b = post.holderBId == null ? null : Account.findById(post.holderBId);
        return present(b, at) ? new Acting(b, "B") : Acting.NOBODY;
    }

    private static boolean present(Account account, Instant at) {
        return account != null && account.isActive() && !StaffAbsence.isAway(account.id, at);
    }
}
