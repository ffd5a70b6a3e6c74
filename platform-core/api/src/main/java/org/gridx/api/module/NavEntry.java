package org.gridx.api.module;

import java.util.Set;
import org.gridx.api.i18n.LocalizedText;

/**
 * A menu entry a module adds to a tenant's pages. {@code path} is relative to {@code /t/{tenant}/};
 * the entry shows only to the listed roles (all signed-in users when empty) and only while the module is
 * enabled for the tenant.
 */
public record NavEntry(LocalizedText label, String path, Set<String> roles, int order) {

    public NavEntry {
        roles = Set.copyOf(roles);
    }

    public static NavEntry of(String zh, String en, String path, int order, String... roles) {
        return new NavEntry(LocalizedText.of(zh, en), path, Set.of(roles), order);
    }

    public boolean visibleTo(Set<String> callerRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(callerRoles::contains);
    }
}
