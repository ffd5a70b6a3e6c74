package org.gridx.core.staffing.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.identity.domain.Account;

/**
 * The signed-in staff member of this request, read from the database by the token's username: the
 * account's grid scope there is authoritative, so a scope change takes effect without waiting for the
 * token to expire.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    private Account account;

    public Account account() {
        if (account == null) {
            account = Account.findByUsername(identity.getPrincipal().getName()).filter(Account::isActive)
                    .orElseThrow(() -> ProblemException.forbidden("Your sign-in has no active account in this tenant; "
                            + "ask your tenant administrator to create or re-enable it."));
        }
        return account;
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** Tenant administrators and the command centre see the whole tenant. */
    public boolean tenantWide() {
        return has(Role.Names.TENANT_ADMIN) || has(Role.Names.DISPATCHER);
    }

    public List<String> scope() {
        return account().gridScope;
    }
}
