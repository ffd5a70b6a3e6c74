package org.gridx.core.elements.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.core.elements.domain.RevealRecord;

/** The reveal audit of personal data, newest first, for the tenant administrator only. */
@Path("/api/t/{tenant}/element-reveals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class RevealAuditResource {

    public record Entry(UUID id, String actor, List<String> actorRoles, UUID residentId, String field, String reason,
            String detail, Instant revealedAt) {
    }

    @GET
    public List<Entry> list(@QueryParam("resident") UUID resident,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        var q = resident == null ? RevealRecord.<RevealRecord>find("order by revealedAt desc")
                : RevealRecord.<RevealRecord>find("residentId = ?1 order by revealedAt desc", resident);
        return q.page(0, limit).list().stream().map(r -> new Entry(r.id, r.actor, r.actorRoles, r.residentId, r.field,
                r.reason, r.detail, r.revealedAt)).toList();
    }
}
