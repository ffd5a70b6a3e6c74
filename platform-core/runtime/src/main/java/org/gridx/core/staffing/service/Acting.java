package org.gridx.core.staffing.service;

import org.gridx.core.identity.domain.Account;

/** Who acts for a post at a moment: the A holder, the B backup standing in, or nobody (both away / no B). */
public record Acting(Account account, String holder) {

    public static final Acting NOBODY = new Acting(null, null);

    public boolean vacant() {
        return account == null;
    }
}
