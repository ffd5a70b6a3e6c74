package org.gridx.core.resident.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.gridx.core.elements.domain.Place;

/**
 * The place tree for the registration form's dependent selects (compound → building → unit → house): names
 * and kinds only, which are on every door anyway, so it is public like the tenant's home page.
 */
@Path("/api/t/{tenant}/portal/places")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PortalPlacesResource {

    public record PlaceChoice(UUID id, String kind, String name) {
    }

    /** Compounds without {@code parent}; the places right under {@code parent} with it. */
    @GET
    @Transactional
    public List<PlaceChoice> children(@QueryParam("parent") UUID parent) {
        List<Place> places = parent == null ? Place.list("parentId is null order by name")
                : Place.list("parentId = ?1 order by name", parent);
        return places.stream().map(p -> new PlaceChoice(p.id, p.kind, p.name)).toList();
    }
}
