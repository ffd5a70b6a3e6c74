package org.gridx.core.modules.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.api.module.ModuleManifest;
import org.gridx.api.module.NavEntry;
import org.gridx.api.module.PermissionDef;
import org.gridx.api.module.SettingDef;
import org.gridx.core.modules.service.ModuleCatalogue;

/** A module as a tenant administrator sees it: what it is, whether it is on, and what can be set. */
public record ModuleView(String id, String version, LocalizedText name, LocalizedText description, boolean enabled,
        Map<String, Object> settings, List<Setting> settingDefinitions, List<Permission> permissions,
        List<String> requires, List<Nav> navigation) {

    public record Setting(String key, String type, Object defaultValue, LocalizedText label, Long min, Long max,
            List<String> choices) {
        static Setting of(SettingDef d) {
            return new Setting(d.key(), d.type().name().toLowerCase(), d.defaultValue(), d.label(), d.min(), d.max(),
                    d.choices());
        }
    }

    public record Permission(String name, LocalizedText label, Set<String> defaultRoles) {
        static Permission of(PermissionDef p) {
            return new Permission(p.name(), p.label(), p.defaultRoles());
        }
    }

    public record Nav(String path, LocalizedText label, Set<String> roles, int order) {
        static Nav of(NavEntry n) {
            return new Nav(n.path(), n.label(), n.roles(), n.order());
        }
    }

    static ModuleView of(ModuleCatalogue.Entry e) {
        ModuleManifest m = e.manifest();
        return new ModuleView(m.id(), m.version(), m.name(), m.description(), e.enabled(), e.settings().values(),
                m.settings().stream().map(Setting::of).toList(), m.permissions().stream().map(Permission::of).toList(),
                m.requires(), m.navigation().stream().map(Nav::of).toList());
    }
}
