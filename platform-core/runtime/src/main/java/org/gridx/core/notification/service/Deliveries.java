package org.gridx.core.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.notification.domain.NotificationPreference;

/** Each account's choice between immediate notifications and one daily digest; choosing daily arms the digest. */
@ApplicationScoped
@Transactional
public class Deliveries {

    @Inject
    GridxClock clock;
    @Inject
    DailyDigest digest;

    public String of(Account a) {
        return NotificationPreference.of(a.id).map(p -> p.delivery).orElse(NotificationPreference.IMMEDIATE);
    }

    public String set(Account a, String delivery) {
        if (!NotificationPreference.IMMEDIATE.equals(delivery) && !NotificationPreference.DAILY.equals(delivery)) {
            throw ProblemException.invalid("Unknown delivery.", List.of(new FieldProblem("/delivery",
                    "immediate (each notification at once) or daily (one digest a day)")));
        }
        NotificationPreference p = NotificationPreference.of(a.id).orElseGet(() -> {
            NotificationPreference n = new NotificationPreference();
            n.accountId = a.id;
            return n;
        });
        p.delivery = delivery;
        p.updatedAt = clock.now();
        p.persist();
        if (NotificationPreference.DAILY.equals(delivery)) {
            digest.arm();
        }
        return delivery;
    }

    /** Usernames among {@code accounts} who take a daily digest. */
    public Set<String> daily(List<Account> accounts) {
        if (accounts.isEmpty()) {
            return Set.of();
        }
        Set<java.util.UUID> ids = NotificationPreference.<NotificationPreference>list("accountId in ?1 and delivery = ?2",
                accounts.stream().map(a -> a.id).toList(), NotificationPreference.DAILY).stream()
                .map(p -> p.accountId).collect(Collectors.toSet());
        return accounts.stream().filter(a -> ids.contains(a.id)).map(a -> a.username).collect(Collectors.toSet());
    }
}
