package org.gridx.core.identity.rest;

import java.util.List;
import java.util.UUID;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.api.identity.Role;
import org.gridx.core.identity.domain.Account;

/** The signed-in account as it sees itself: profile, roles with their zh/en names, grid scope. */
public record MeResponse(UUID id, String tenant, String username, String displayName, String locale,
        String department, List<RoleView> roles, List<String> gridScope) {

    public record RoleView(String code, LocalizedText label) {
    }

    static MeResponse of(Account a) {
        List<RoleView> roles = a.roles.stream().map(Role::fromCode).flatMap(java.util.Optional::stream)
                .map(r -> new RoleView(r.code(), r.label())).toList();
        return new MeResponse(a.id, a.tenantId, a.username, a.displayName, a.locale, a.departmentCode, roles,
                List.copyOf(a.gridScope));
    }
}
