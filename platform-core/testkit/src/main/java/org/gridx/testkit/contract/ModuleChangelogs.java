package org.gridx.testkit.contract;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridx.api.module.ModuleManifest;
import org.gridx.core.modules.service.ModuleRegistry;

/** Which changelogs an install runs for one module, and what Liquibase recorded of them. */
final class ModuleChangelogs {

    /** The core's schema; every module's changelog runs after it. */
    static final String CORE = "db/changelog/core/changelog.xml";

    private ModuleChangelogs() {
    }

    /** The core's changelog, then those of every module {@code id} requires (transitively), then its own. */
    static List<String> inInstallOrder(ModuleRegistry registry, String id) {
        Set<String> needed = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (needed.add(next)) {
                todo.addAll(registry.manifest(next).orElseThrow().requires());
            }
        }
        List<String> changelogs = new ArrayList<>(List.of(CORE));
        registry.dependencyOrder().stream().filter(needed::contains)
                .map(m -> registry.manifest(m).map(ModuleManifest::changelog).orElseThrow()).forEach(changelogs::add);
        return changelogs;
    }

    /** Changesets Liquibase ran from the changelog's folder (its includes are recorded by their own path). */
    static long ranFrom(Connection c, String changelog) throws SQLException {
        String folder = changelog.substring(0, changelog.lastIndexOf('/') + 1);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM databasechangelog WHERE starts_with(filename, ?)")) {
            ps.setString(1, folder);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
