package org.gridx.core.staffing.rest;

import org.gridx.core.identity.domain.Account;

/** A person as staffing answers show them: username and name, never more. */
public record PersonRef(String username, String displayName) {

    public static PersonRef of(Account a) {
        return a == null ? null : new PersonRef(a.username, a.displayName);
    }
}
