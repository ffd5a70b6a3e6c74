package org.gridx.app.event;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gridx.api.event.CaseChanged;
import org.gridx.api.i18n.LocalizedText;

/** CaseChanged events for tests, as the closed loop will publish them. */
public final class Cases {

    private Cases() {
    }

    public static CaseChanged changed(String tenant, String number, String action, String grid, Set<String> departments,
            Set<String> recipients) {
        return new CaseChanged(tenant, Instant.now(), UUID.randomUUID(), number, action, "reported", "registered", grid,
                departments, recipients, LocalizedText.of("案件 " + number + " 已" + action, "Case " + number + " " + action),
                Map.of("number", number, "grid", grid == null ? "" : grid, "photos", 2, "late", false,
                        "where", Map.of("lon", 109.98, "lat", 40.4)));
    }
}
