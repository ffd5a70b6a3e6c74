package org.gridx.core.assessment.analysis.service;

import java.time.Instant;

/** An open case with a department, waiting in its step since {@code since}. */
public record StuckCase(String department, String departmentName, String id, String number, String title, String state,
        String gridCode, Instant since, double waitingHours, Instant dueAt, boolean overdue) {
}
