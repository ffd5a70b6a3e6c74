package org.gridx.core.onboarding.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.onboarding.definition.TenantDefinition.PostSpec;
import org.gridx.core.staffing.domain.StaffPost;

/**
 * Posts, matched by node, role and A holder (informants have several posts per node, so node and role
 * alone do not name one). The B backup is updated in place; posts not in the definition are kept, as an
 * administrator may have added them since, and are reported as absent.
 */
final class PostUpserter {

    private PostUpserter() {
    }

    static void upsert(List<PostSpec> specs, Tally tally) {
        Map<String, UUID> nodes = new HashMap<>();
        GridNode.<GridNode>listAll().forEach(n -> nodes.put(n.code, n.id));
        Map<String, UUID> accounts = new HashMap<>();
        Account.<Account>listAll().forEach(a -> accounts.put(a.username, a.id));
        Map<UUID, String> codeOf = new HashMap<>();
        nodes.forEach((code, id) -> codeOf.put(id, code));
        Map<UUID, String> usernameOf = new HashMap<>();
        accounts.forEach((name, id) -> usernameOf.put(id, name));
        Map<String, StaffPost> existing = new HashMap<>();
        StaffPost.<StaffPost>listAll().forEach(p -> existing.put(
                key(codeOf.get(p.nodeId), p.role, usernameOf.get(p.holderAId)), p));
        for (PostSpec spec : specs) {
            StaffPost p = existing.remove(key(spec.node(), spec.role(), spec.holderA()));
            boolean isNew = p == null;
            if (isNew) {
                p = new StaffPost();
                p.nodeId = nodes.get(spec.node());
                p.role = spec.role();
                p.holderAId = accounts.get(spec.holderA());
            }
            UUID b = spec.holderB() == null ? null : accounts.get(spec.holderB());
            boolean changed = isNew || !java.util.Objects.equals(p.holderBId, b);
            p.holderBId = b;
            if (isNew) {
                p.persist();
            } else if (changed) {
                p.updatedAt = Instant.now();
            }
            tally.count(isNew, changed);
        }
        tally.absent(existing.keySet());
    }

    private static String key(String node, String role, String holderA) {
        return node + " " + role + " " + holderA;
    }
}
