package org.gridx.core.assessment.analysis.service;

import java.time.Instant;

/** A reported case with a location, as the recurrence search reads it. */
public record CasePoint(String item, String grid, double lon, double lat, Instant reportedAt, boolean open) {
}
