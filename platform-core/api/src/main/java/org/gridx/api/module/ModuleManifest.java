package org.gridx.api.module;

import java.util.List;
import java.util.Objects;
import org.gridx.api.i18n.LocalizedText;

/**
 * Everything a "+X" module says about itself, in one place (Decidim's component manifest). The registry
 * validates every manifest at startup; the platform derives pages, menus, settings forms and
 * enablement rules from it.
 *
 * @param id          kebab-case, reused as REST/page segment, Liquibase folder, table prefix, config prefix
 * @param changelog   classpath location of the module's Liquibase changelog, {@code db/changelog/<id>/...}
 */
public record ModuleManifest(
        String id,
        String version,
        LocalizedText name,
        LocalizedText description,
        List<String> requires,
        List<PermissionDef> permissions,
        List<SettingDef> settings,
        String changelog,
        List<NavEntry> navigation) {

    public ModuleManifest {
        Objects.requireNonNull(id, "id");
        requires = List.copyOf(requires == null ? List.of() : requires);
        permissions = List.copyOf(permissions == null ? List.of() : permissions);
        settings = List.copyOf(settings == null ? List.of() : settings);
        navigation = List.copyOf(navigation == null ? List.of() : navigation);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Table prefix derived from the id: {@code rule-of-law} owns tables {@code rule_of_law_*}. */
    public String tablePrefix() {
        return id.replace('-', '_') + "_";
    }

    /** Fluent construction so a module's declaration reads like its manifest. */
    public static final class Builder {
        private final String id;
        private String version = "1.0.0";
        private LocalizedText name;
        private LocalizedText description;
        private List<String> requires = List.of();
        private List<PermissionDef> permissions = List.of();
        private List<SettingDef> settings = List.of();
        private String changelog;
        private List<NavEntry> navigation = List.of();

        private Builder(String id) {
            this.id = id;
        }

        public Builder version(String v) { this.version = v; return this; }
        public Builder name(String zh, String en) { this.name = LocalizedText.of(zh, en); return this; }
        public Builder description(String zh, String en) { this.description = LocalizedText.of(zh, en); return this; }
        public Builder requires(String... ids) { this.requires = List.of(ids); return this; }
        public Builder permissions(PermissionDef... p) { this.permissions = List.of(p); return this; }
        public Builder settings(SettingDef... s) { this.settings = List.of(s); return this; }
        public Builder changelog(String path) { this.changelog = path; return this; }
        public Builder navigation(NavEntry... n) { this.navigation = List.of(n); return this; }

        public ModuleManifest build() {
            return new ModuleManifest(id, version, name, description == null ? name : description,
                    requires, permissions, settings, changelog, navigation);
        }
    }
}
