package org.gridx.core.assessment.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.organisation.domain.Department;

/**
 * The names that label figure rows, one query per kind however many rows: grid nodes of one level under a
 * prefix, every department, the display names of some accounts. Runs in the caller's transaction.
 */
@ApplicationScoped
public class AssessmentNames {

    /** Live nodes whose code has {@code length} digits and starts with {@code prefix}, in code order. */
    public Map<String, LocalizedText> nodes(String prefix, int length) {
        Map<String, LocalizedText> m = new LinkedHashMap<>();
        GridNode.<GridNode>list("code like ?1 and length(code) = ?2 and retiredAt is null order by code",
                (prefix == null ? "" : prefix) + "%", length).forEach(n -> m.put(n.code, LocalizedText.of(n.nameZh, n.nameEn)));
        return m;
    }

    /** Every live node under each prefix (all levels), in code order: the choices of a node picker. */
    public java.util.List<GridNode> subtrees(Collection<String> prefixes) {
        if (prefixes.isEmpty()) {
            return GridNode.list("retiredAt is null order by code");
        }
        return GridNode.<GridNode>list("retiredAt is null order by code").stream()
                .filter(n -> prefixes.stream().anyMatch(n.code::startsWith)).toList();
    }

    public Map<String, LocalizedText> departments() {
        Map<String, LocalizedText> m = new LinkedHashMap<>();
        Department.<Department>listAll(Sort.by("code")).forEach(d -> m.put(d.code, LocalizedText.of(d.nameZh, d.nameEn)));
        return m;
    }

    public Map<String, LocalizedText> accounts(Collection<String> usernames) {
        Map<String, LocalizedText> m = new LinkedHashMap<>();
        if (!usernames.isEmpty()) {
            Account.<Account>list("username in ?1", usernames)
                    .forEach(a -> m.put(a.username, LocalizedText.of(a.displayName, a.displayName)));
        }
        return m;
    }
}
