package org.gridx.core.casework.service;

import java.util.List;
import java.util.UUID;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.TimelineEntry;

/**
 * What one report did: the case, and when this request created it, its first timeline entry and photos —
 * everything the answer shows, so it is built from memory instead of read back. {@code first} is null when an
 * idempotent retry returned an earlier case.
 */
public record Intake(CaseFile file, TimelineEntry first, List<UUID> photos, boolean created) {
}
