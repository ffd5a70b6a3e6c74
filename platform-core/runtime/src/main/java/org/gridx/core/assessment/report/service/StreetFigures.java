package org.gridx.core.assessment.report.service;

import java.time.LocalDate;

/**
 * The street's figures over a period, as the seed report states them (2019: 314 events reported, disposal
 * rate > 90%, 36,827 household visits, 318 appeals collected, 244 difficulties resolved): cases reported in
 * the period and the disposal rate of those (处置数 ÷ 应处置数, null with nothing dispatched), household visits
 * made, appeals raised and appeals resolved in it. node = the grid-code prefix summed under (null = street).
 */
public record StreetFigures(LocalDate from, LocalDate to, String node, long eventsReported, long dispatched, long handled,
        Double disposalRate, long householdVisits, long appealsCollected, long appealsResolved) {
}
