package org.gridx.core.onboarding.definition;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * The typed view of a definition that passed validation (the schema guarantees the shapes, so mapping
 * cannot fail on them). Absent optional parts become empty collections, never null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TenantDefinition(TenantSpec tenant, Map<String, ModuleSpec> modules, GridNodeSpec grid,
        List<DepartmentSpec> departments, List<AccountSpec> accounts, List<PostSpec> posts,
        DisposalListSpec disposalList, List<org.gridx.core.lists.service.DutyInput> duties,
        List<org.gridx.core.lists.service.PatrolItemInput> patrolChecklist) {

    public TenantDefinition {
        modules = modules == null ? Map.of() : modules;
        departments = departments == null ? List.of() : departments;
        accounts = accounts == null ? List.of() : accounts;
        posts = posts == null ? List.of() : posts;
        // duties and patrolChecklist stay null when their file is absent: "leave the tenant's lists alone"
    }

    public record Name(String zh, String en) {
        /** English falls back to Chinese, as the database requires both. */
        public String enOrZh() {
            return en == null || en.isBlank() ? zh : en;
        }
    }

    public record TenantSpec(String code, Name name, String kind, String divisionCode, String locale,
            String timeZone, String parent, String status) {
    }

    public record ModuleSpec(boolean enabled, Map<String, Object> settings) {
        public ModuleSpec {
            settings = settings == null ? Map.of() : settings;
        }
    }

    public record GridNodeSpec(String code, Name name, String kind, Integer households, List<GridNodeSpec> children,
            com.fasterxml.jackson.databind.JsonNode boundary) {
        public GridNodeSpec {
            children = children == null ? List.of() : children;
        }
    }

    public record DepartmentSpec(String code, Name name, String kind) {
    }

    /** A post (AB岗) on a grid node (posts.yaml): role, A holder, optional B backup, by username. */
    public record PostSpec(String node, String role, String holderA, String holderB) {
    }

    /** The disposal-task responsibility list (disposal-list.yaml); absent means "leave the tenant's list alone". */
    public record DisposalListSpec(java.time.Instant effectiveFrom, List<org.gridx.core.lists.service.DisposalItem> items) {
        public DisposalListSpec {
            items = items == null ? List.of() : items;
        }
    }

    public record AccountSpec(String username, String displayName, List<String> roles, List<String> gridScope,
            String department, String locale) {
        public AccountSpec {
            gridScope = gridScope == null ? List.of() : gridScope;
        }
    }
}
