package org.gridx.core.resident.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.core.elements.domain.Place;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.resident.domain.ResidentRegistration;

/** A registration as its resident and the grid's verifier see it, with the address spelt out (小区 楼 单元). */
public record RegistrationView(UUID id, String username, String displayName, String phone, String email,
        UUID placeId, String address, String gridCode, String gridName, String state, String decidedBy,
        Instant decidedAt, String reason, Instant createdAt) {

    /** {@code phone} and {@code email} opened by ResidentContact, for callers who may see them. */
    public static RegistrationView of(ResidentRegistration r, String phone, String email) {
        GridNode g = GridNode.findById(r.gridNodeId);
        return new RegistrationView(r.id, r.username, r.displayName, phone, email, r.placeId, address(r.placeId),
                g.code, g.nameZh, r.state, r.decidedBy, r.decidedAt, r.reason, r.createdAt);
    }

    /** Names from the compound down to the place, e.g. "幸福小区 3号楼 2单元". */
    public static String address(UUID placeId) {
        StringBuilder s = new StringBuilder();
        Place p = Place.findById(placeId);
        for (int depth = 0; p != null && depth < 5; depth++) {
            s.insert(0, s.isEmpty() ? p.name : p.name + " ");
            p = p.parentId == null ? null : Place.findById(p.parentId);
        }
        return s.toString();
    }
}
