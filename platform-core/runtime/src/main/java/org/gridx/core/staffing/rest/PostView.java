package org.gridx.core.staffing.rest;

import java.util.UUID;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.staffing.domain.StaffPost;
import org.gridx.core.staffing.service.Acting;

/** A post with its holders and who acts for it now ({@code acting} null and {@code vacant} true when nobody). */
public record PostView(UUID id, String node, String nodeName, int level, String role, PersonRef holderA,
        PersonRef holderB, PersonRef acting, String actingHolder, boolean vacant) {

    public static PostView of(StaffPost p, GridNode node, Acting acting) {
        return new PostView(p.id, node.code, node.nameZh, node.level, p.role,
                PersonRef.of(Account.findById(p.holderAId)),
                p.holderBId == null ? null : PersonRef.of(Account.findById(p.holderBId)),
                PersonRef.of(acting.account()), acting.holder(), acting.vacant());
    }
}
