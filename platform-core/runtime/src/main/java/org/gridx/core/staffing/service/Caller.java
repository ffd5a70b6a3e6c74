package org.gridx.core.staffing.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.tenancy.db.TransactionSql;

/**
 * The signed-in staff member of this request, read from the database by the token's username: the
 * account's grid scope there is authoritative, so a scope change takes effect without waiting for the
 * token to expire.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    TransactionSql sql;
    @Inject
    TenantContext tenants;

    private Account account;
    private Standing standing;

    /** What the loop asks of the caller on every report and move: department and grid scope. */
    public record Standing(String username, String department, List<String> scope) {

        /** The columns {@link #read} takes, from a query naming the active account {@code a}. */
        public static final String COLUMNS = "a.username, a.department_code, a.grid_scope";

        /** The standing in {@link #COLUMNS} from column {@code first} on; null when no active account was found. */
        public static Standing read(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
            String username = rs.getString(first);
            java.sql.Array scope = rs.getArray(first + 2);
            return username == null ? null : new Standing(username, rs.getString(first + 1),
                    scope == null ? List.of() : List.of((String[]) scope.getArray()));
        }
    }

    public Account account() {
        if (account == null) {
            account = Account.findByUsername(identity.getPrincipal().getName()).filter(Account::isActive)
                    .orElseThrow(Caller::noAccount);
        }
        return account;
    }

    /**
     * The caller's department and scope, read in plain SQL on the transaction's connection: loading the
     * {@link Account} entity for it cost more of a report's time in the JVM than any statement of the report
     * (JFR, bench/case-intake.sh). Refused like {@link #account()} when there is no active account.
     */
    public Standing standing() {
        if (standing == null) {
            String username = identity.getPrincipal().getName();
            standing = account != null ? new Standing(username, account.departmentCode, List.copyOf(account.gridScope))
                    : sql.rows("SELECT " + Standing.COLUMNS + " FROM account a WHERE a.tenant_id = ? AND a.username = ? "
                            + "AND a.status = 'active'", rs -> Standing.read(rs, 1),
                            tenants.require(), username).stream().findFirst().orElseThrow(Caller::noAccount);
        }
        return standing;
    }

    /**
     * The standing as a query of this transaction already read it (intake's first query reads the reporter's
     * account with the rest): taken only for this caller, and only before anything else was read.
     */
    public void prime(Standing read) {
        if (standing == null && account == null && read.username().equals(identity.getPrincipal().getName())) {
            standing = read;
        }
    }

    private static ProblemException noAccount() {
        return ProblemException.forbidden("Your sign-in has no active account in this tenant; "
                + "ask your tenant administrator to create or re-enable it.");
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
