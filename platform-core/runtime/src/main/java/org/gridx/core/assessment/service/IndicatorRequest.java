package org.gridx.core.assessment.service;

import java.time.LocalDate;

/**
 * What to compute, already checked against the caller's scope: reporting days {@code from}..{@code to}, the
 * grid-code prefix {@code node} (null = the whole tenant), the grouping (null = one row) and, for a
 * department handler, their own department (null otherwise).
 */
public record IndicatorRequest(LocalDate from, LocalDate to, String node, IndicatorGrouping by, String department) {
}
