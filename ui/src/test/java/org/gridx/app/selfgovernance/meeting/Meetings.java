package org.gridx.app.selfgovernance.meeting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridx.app.selfgovernance.Gov;

/** Meeting bodies and calls for the meeting tests. */
final class Meetings {

    private Meetings() {
    }

    static Map<String, Object> publicNeeds(Integer capacity) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "public-needs");
        m.put("title", "民情问需会：小区停车");
        m.put("gridCode", Gov.G1);
        m.put("venue", "社区活动室");
        m.put("startsAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        m.put("endsAt", Instant.now().plus(2, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS).toString());
        m.put("capacity", capacity);
        m.put("agenda", List.of("停车难", "楼道堆物"));
        return m;
    }

    /** Convenes a public-needs meeting as {@code organiser}; returns its id. */
    static String convene(String tenant, String organiser, Integer capacity) {
        return Gov.as(tenant, organiser).body(publicNeeds(capacity)).post(Gov.api(tenant, "meetings"))
                .then().statusCode(201).extract().path("id");
    }

    static String path(String tenant, String id) {
        return Gov.api(tenant, "meetings/" + id);
    }
}
