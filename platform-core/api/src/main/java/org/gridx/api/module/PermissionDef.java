package org.gridx.api.module;

import java.util.Set;
import org.gridx.api.i18n.LocalizedText;

/**
 * A permission a module introduces, namespaced by the module id ({@code self-governance.forum.moderate}),
 * with the roles that hold it unless a tenant says otherwise.
 */
public record PermissionDef(String name, LocalizedText label, Set<String> defaultRoles) {

    public PermissionDef {
        defaultRoles = Set.copyOf(defaultRoles);
    }

    public static PermissionDef of(String name, String zh, String en, String... roles) {
        return new PermissionDef(name, LocalizedText.of(zh, en), Set.of(roles));
    }
}
