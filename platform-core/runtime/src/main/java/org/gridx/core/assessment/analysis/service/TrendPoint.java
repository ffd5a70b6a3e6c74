package org.gridx.core.assessment.analysis.service;

import java.time.LocalDate;

/**
 * One bucket (first day of the day, ISO week or month) of cases reported in it: how many, how many closed,
 * how many now pending with a department past their limit, satisfaction in percent of rated (null when none
 * rated), and the moving average of reports over the last {@code window} buckets.
 */
public record TrendPoint(LocalDate bucket, long reported, long closed, long overduePending, long rated,
        Double satisfaction, double reportedAverage) {
}
