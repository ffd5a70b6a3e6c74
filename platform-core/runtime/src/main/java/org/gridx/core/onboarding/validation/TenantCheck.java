package org.gridx.core.onboarding.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** The tenant row: its parent tenant exists (and is not itself) and its time zone is a real one. */
final class TenantCheck {

    private TenantCheck() {
    }

    static void check(JsonNode root, ValidationContext context, List<DefinitionProblem> problems) {
        JsonNode tenant = root.path("tenant");
        String code = JsonNodes.text(tenant, "code");
        String parent = JsonNodes.text(tenant, "parent");
        if (parent != null && parent.equals(code)) {
            problems.add(new DefinitionProblem("/tenant/parent", "a tenant cannot be its own parent"));
        } else if (parent != null && !context.tenantExists(parent)) {
            problems.add(new DefinitionProblem("/tenant/parent", "tenant '" + parent
                    + "' does not exist; import the parent tenant first, or remove 'parent'"));
        }
        String zone = JsonNodes.text(tenant, "timeZone");
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                problems.add(new DefinitionProblem("/tenant/timeZone",
                        "'" + zone + "' is not a time zone; use an IANA name such as Asia/Shanghai"));
            }
        }
    }
}
