package org.gridx.core.casework.web;

/**
 * The command centre's work queues. A flagged duplicate waits in its own queue (merge, or say it is not
 * one) rather than in the register or dispatch queue; a case a department sent back waits apart from new ones.
 */
public enum ConsoleQueue {
    REPORTED("reported", "state = 'reported' and duplicateOf is null"),
    DUPLICATES("duplicates", "state in ('reported', 'registered') and duplicateOf is not null"),
    REGISTERED("registered", "state = 'registered' and returns = 0 and duplicateOf is null"),
    RETURNED("returned", "state = 'registered' and returns > 0 and duplicateOf is null"),
    POSTPONEMENTS("postponements", "state = 'accepted' and postponementAsked is not null"),
    OVERDUE("overdue", "overdue = true and state in ('reported', 'registered', 'dispatched', 'accepted', 'handled')");

    final String id;
    final String where;

    ConsoleQueue(String id, String where) {
        this.id = id;
        this.where = where;
    }

    public String id() {
        return id;
    }
}
