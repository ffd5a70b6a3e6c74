package org.gridx.api.casework;

import java.util.Optional;
import java.util.UUID;

/**
 * How a module puts something into the closed loop (a meeting's resolution becomes a case) and follows it:
 * the case goes through the same intake as every report (list item, grid, deadlines, record). Progress also
 * arrives as {@link org.gridx.api.event.CaseChanged} events for enabled tenants.
 */
public interface CaseOpening {

    /** Opens the case once per {@code request.idempotencyKey()}; the same key again returns the first case. */
    CaseRef open(CaseRequest request);

    /** Where the case stands now, or empty when the current tenant has no such case. */
    Optional<CaseStatus> status(UUID caseId);
}
