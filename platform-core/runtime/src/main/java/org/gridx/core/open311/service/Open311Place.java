package org.gridx.core.open311.service;

import java.math.BigDecimal;
import java.util.List;
import org.gridx.core.elements.domain.Component;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.lists.domain.DisposalListItem;

/**
 * Where a posted request is, as the loop needs it: a point (lat/long, or the registered location of the
 * component named by object_id), or, with only an address_string, the root of the grid tree, so the
 * command centre places it when it verifies the report. There is no geocoder: an address is read by people.
 */
record Open311Place(BigDecimal lat, BigDecimal lon, String gridCode) {

    static Open311Place of(Open311Post p, DisposalListItem item, String objectId, List<String> errors) {
        if (p.lat() != null || p.lon() != null) {
            BigDecimal lat = decimal(p.lat(), "lat", "a latitude from -90 to 90, e.g. 40.4101", errors);
            BigDecimal lon = decimal(p.lon(), "long", "a longitude from -180 to 180, e.g. 110.0123", errors);
            return new Open311Place(lat, lon, null);
        }
        if (objectId != null) {
            Component c = Component.<Component>find("objectCode", objectId).firstResult();
            if (c != null && item.catalogueCode != null && !item.catalogueCode.equals(c.catalogueCode)) {
                errors.add("attribute[object_id]: component " + objectId + " is a " + c.catalogueCode
                        + " component, not a " + item.catalogueCode + "; check the service_code or the number.");
                return new Open311Place(null, null, null);
            }
            if (c != null && c.lat != null) {
                return new Open311Place(c.lat, c.lon, null);
            }
        }
        if (p.addressString() != null) {
            GridNode root = GridNode.<GridNode>find("parentId is null and retiredAt is null order by code").firstResult();
            if (root != null) {
                return new Open311Place(null, null, root.code);
            }
        }
        errors.add((p.addressId() != null ? "address_id is not supported here. " : "")
                + "Where is it? Send lat and long (WGS84), or address_string"
                + (objectId == null && "component".equals(item.kind) ? ", or attribute[object_id] of a registered component." : "."));
        return new Open311Place(null, null, null);
    }

    private static BigDecimal decimal(String value, String field, String hint, List<String> errors) {
        if (value == null) {
            errors.add(field + " is missing: send lat and long together (" + hint + ").");
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(field + ": '" + value + "' is not a number; send " + hint + ".");
            return null;
        }
    }
}
