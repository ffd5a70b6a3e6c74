package org.gridx.core.assessment.scorecard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.organisation.domain.Department;

/**
 * Who has a row on a scorecard, even in a month without cases: the live third-level grids (15-digit codes),
 * the live communities (12 digits), the active informants (网格信息员; the PERSON figures are the reporter's)
 * and the departments.
 */
@ApplicationScoped
@Transactional
public class ScorecardEntities {

    public List<ScoredEntity> of(ScorecardKind kind) {
        return switch (kind) {
            case GRID -> nodes(15);
            case COMMUNITY -> nodes(12);
            case WORKER -> Account.<Account>list("order by username").stream()
                    .filter(a -> a.isActive() && a.roles.contains(Role.Names.INFORMANT))
                    .map(a -> new ScoredEntity(a.username, a.displayName, a.displayName, a.gridScope)).toList();
            case DEPARTMENT -> Department.<Department>list("order by code").stream()
                    .map(d -> new ScoredEntity(d.code, d.nameZh, d.nameEn, List.of())).toList();
        };
    }

    private static List<ScoredEntity> nodes(int codeLength) {
        return GridNode.live().stream().filter(n -> n.code.length() == codeLength)
                .map(n -> new ScoredEntity(n.code, n.nameZh, n.nameEn, List.of(n.code))).toList();
    }
}
