package org.gridx.core.assessment.analysis.service;

import java.time.LocalDate;

/**
 * 重复发生: reports of one item around one place — the members' mean position, how many, the first and last
 * reporting day (tenant zone), how many are still open, and the grid most of them were reported in.
 */
public record Cluster(String itemCode, String itemName, String gridCode, String gridName, double lon, double lat,
        int count, LocalDate first, LocalDate last, int open) {
}
