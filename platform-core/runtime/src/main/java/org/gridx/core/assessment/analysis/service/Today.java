package org.gridx.core.assessment.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.tenancy.service.TenantZone;

/** Today and the zone in the tenant's time zone, by the loop's clock (so tests can replay chosen days). */
@ApplicationScoped
public class Today {

    @Inject
    GridxClock clock;
    @Inject
    TenantZone zone;

    public LocalDate date() {
        return clock.now().atZone(zone()).toLocalDate();
    }

    public ZoneId zone() {
        return zone.current();
    }

    public java.time.Instant now() {
        return clock.now();
    }
}
