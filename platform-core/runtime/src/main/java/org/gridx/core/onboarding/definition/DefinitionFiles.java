package org.gridx.core.onboarding.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed layout of a tenant definition directory. Each file holds some top-level keys of the merged
 * document, so a problem found in the merged document can be reported against the file a person edits.
 */
public final class DefinitionFiles {

    public static final String TENANT = "tenant.yaml";
    public static final String GRID = "grid.yaml";
    public static final String DEPARTMENTS = "departments.yaml";
    public static final String STAFF = "staff.yaml";
    public static final String POSTS = "posts.yaml";
    public static final String DISPOSAL_LIST = "disposal-list.yaml";
    public static final String DUTIES = "duties.yaml";
    public static final String PATROL = "patrol.yaml";

    /** In reading order; tenant.yaml and grid.yaml are required, the others may be absent. */
    public static final List<String> NAMES = List.of(TENANT, GRID, DEPARTMENTS, STAFF, POSTS, DISPOSAL_LIST, DUTIES, PATROL);
    public static final List<String> REQUIRED = List.of(TENANT, GRID);

    private static final Map<String, String> FILE_OF_KEY = new LinkedHashMap<>();

    static {
        FILE_OF_KEY.put("tenant", TENANT);
        FILE_OF_KEY.put("modules", TENANT);
        FILE_OF_KEY.put("grid", GRID);
        FILE_OF_KEY.put("departments", DEPARTMENTS);
        FILE_OF_KEY.put("accounts", STAFF);
        FILE_OF_KEY.put("posts", POSTS);
        FILE_OF_KEY.put("disposalList", DISPOSAL_LIST);
        FILE_OF_KEY.put("duties", DUTIES);
        FILE_OF_KEY.put("patrolChecklist", PATROL);
    }

    private DefinitionFiles() {
    }

    /** The file a top-level key belongs in, e.g. {@code accounts} → {@code staff.yaml}. */
    public static String fileOf(String topLevelKey) {
        return FILE_OF_KEY.get(topLevelKey);
    }
}
