package org.gridx.modules.__PKG__.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.modules.__PKG__.domain.__CLASS__Item;

/** An item as the API returns it. */
public record ItemView(UUID id, String title, String note, Instant createdAt) {

    public static ItemView of(__CLASS__Item i) {
        return new ItemView(i.id, i.title, i.note, i.createdAt);
    }
}
