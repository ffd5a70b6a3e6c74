package org.gridx.core.resident.web;

import java.util.List;
import java.util.UUID;
import org.gridx.core.elements.domain.Place;

/**
 * The address selects of the registration and profile forms, compound → building → unit → house, filled on
 * the server from what was chosen so far (so the form works without script; with script, portal.js refills
 * the next select from the public places API as soon as one changes).
 */
public record AddressPicker(List<Option> compounds, List<Option> buildings, List<Option> units, List<Option> houses) {

    public record Option(String id, String name, boolean selected) {
    }

    public static AddressPicker of(String compound, String building, String unit, String house) {
        UUID c = uuid(compound);
        UUID b = c == null ? null : child(c, uuid(building));
        UUID u = b == null ? null : child(b, uuid(unit));
        UUID h = u == null ? null : child(u, uuid(house));
        return new AddressPicker(options(null, c, true), c == null ? List.of() : options(c, b, false),
                b == null ? List.of() : options(b, u, false), u == null ? List.of() : options(u, h, false));
    }

    /** The household place the choice names: the house when one is chosen, else the unit (null when neither). */
    public static UUID household(String unit, String house) {
        UUID h = uuid(house);
        return h != null ? h : uuid(unit);
    }

    /** The choice of a place as it stands in the tree: its compound, building, unit and house (nulls above none). */
    public static String[] path(UUID placeId) {
        String[] ids = new String[4];
        Place p = placeId == null ? null : Place.findById(placeId);
        while (p != null) {
            int i = switch (p.kind) { case "compound" -> 0; case "building" -> 1; case "unit" -> 2; default -> 3; };
            ids[i] = p.id.toString();
            p = p.parentId == null ? null : Place.findById(p.parentId);
        }
        return ids;
    }

    private static List<Option> options(UUID parent, UUID selected, boolean roots) {
        List<Place> places = roots ? Place.list("parentId is null order by name") : Place.list("parentId = ?1 order by name", parent);
        return places.stream().map(p -> new Option(p.id.toString(), p.name, p.id.equals(selected))).toList();
    }

    private static UUID child(UUID parent, UUID id) {
        if (id == null) {
            return null;
        }
        Place p = Place.findById(id);
        return p != null && parent.equals(p.parentId) ? id : null;
    }

    static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
