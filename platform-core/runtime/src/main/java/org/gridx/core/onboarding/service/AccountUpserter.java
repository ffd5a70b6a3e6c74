package org.gridx.core.onboarding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.onboarding.definition.TenantDefinition.AccountSpec;

/**
 * Staff accounts, matched by username. Only new accounts get a password; an existing account's password,
 * status and lockout are the person's own and never touched by an import.
 */
@ApplicationScoped
public class AccountUpserter {

    @Inject
    InitialPasswords passwords;

    /** Upserts {@code specs}; returns the generated passwords of new accounts by username (shown once). */
    Map<String, String> upsert(List<AccountSpec> specs, String initialPassword, Tally tally) {
        Map<String, Account> existing = new HashMap<>();
        Account.<Account>listAll().forEach(a -> existing.put(a.username, a));
        List<String> newcomers = specs.stream().map(AccountSpec::username).filter(u -> !existing.containsKey(u)).toList();
        Map<String, InitialPasswords.Issued> issued = passwords.issue(newcomers, initialPassword);
        Map<String, String> generated = new TreeMap<>();
        for (AccountSpec spec : specs) {
            Account a = existing.remove(spec.username());
            boolean isNew = a == null;
            if (isNew) {
                a = new Account();
                a.username = spec.username();
                a.passwordHash = issued.get(spec.username()).hash();
                if (issued.get(spec.username()).generated() != null) {
                    generated.put(spec.username(), issued.get(spec.username()).generated());
                }
            }
            FieldDiff diff = new FieldDiff();
            a.displayName = diff.apply(a.displayName, spec.displayName());
            a.roles = diff.apply(a.roles, new ArrayList<>(spec.roles()));
            a.gridScope = diff.apply(a.gridScope, new ArrayList<>(spec.gridScope()));
            a.departmentCode = diff.apply(a.departmentCode, spec.department());
            a.locale = diff.apply(a.locale, spec.locale());
            if (isNew) {
                a.persist();
            } else if (diff.changed()) {
                a.updatedAt = Instant.now();
            }
            tally.count(isNew, diff.changed());
        }
        tally.absent(existing.keySet());
        return generated;
    }
}
