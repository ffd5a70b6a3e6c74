package org.gridx.core.casework.service;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import org.gridx.core.casework.domain.CaseSettings;

/**
 * The tenant's loop settings, read once per transaction: one intake asks for them in three places (duplicate
 * radius, service limits, reminder share) and each ask was a query of its own.
 */
@TransactionScoped
public class LoopSettings implements Serializable {

    private transient CaseSettings read;

    public CaseSettings get() {
        if (read == null) {
            read = CaseSettings.current();
        }
        return read;
    }
}
