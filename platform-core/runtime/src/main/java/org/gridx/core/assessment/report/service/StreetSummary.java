package org.gridx.core.assessment.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.fact.StatCounter;
import org.gridx.core.assessment.fact.StatDimension;
import org.gridx.core.assessment.fact.StatPeriod;
import org.gridx.core.assessment.fact.StatQuery;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.tenancy.service.TenantZone;

/** Adds up the street's figures of a period (days in the tenant's zone, both included) under a node. */
@ApplicationScoped
public class StreetSummary {

    @Inject
    StatQuery stats;
    @Inject
    FieldCounts field;
    @Inject
    TenantZone zone;

    public StreetFigures of(LocalDate from, LocalDate to, Optional<String> node) {
        StatPeriod p = StatPeriod.of(StatDimension.GRID, from, to);
        Counters c = stats.total(node.map(p::under).orElse(p));
        ZoneId z = zone.current();
        var start = from.atStartOfDay(z).toOffsetDateTime();
        var end = to.plusDays(1).atStartOfDay(z).toOffsetDateTime();
        return new StreetFigures(from, to, node.orElse(null), c.get(StatCounter.REPORTED), c.get(StatCounter.DISPATCHED),
                c.get(StatCounter.HANDLED), Indicator.DISPOSAL_RATE.of(c).value(), field.visits(start, end, node),
                field.appealsCollected(start, end, node), field.appealsResolved(start, end, node));
    }
}
