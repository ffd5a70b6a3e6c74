package org.gridx.core.assessment.analysis.service;

import java.util.List;

/**
 * Places where the same item keeps being reported: the window, radius (metres) and minimum reports used,
 * the clusters (most reports first), how many located reports were read and whether the read stopped at its
 * bound (then only the newest reports of the window were clustered).
 */
public record RecurrenceReport(Period period, int radius, int minReports, List<Cluster> clusters, int rowsRead,
        boolean truncated) {
}
