package org.gridx.core.staffing.rest;

import java.util.UUID;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.staffing.domain.StaffSinking;

public record SinkingView(UUID id, PersonRef account, String department, String node, String nodeName) {

    public static SinkingView of(StaffSinking s) {
        GridNode n = GridNode.findById(s.nodeId);
        return new SinkingView(s.id, PersonRef.of(Account.findById(s.accountId)), s.departmentCode, n.code, n.nameZh);
    }
}
