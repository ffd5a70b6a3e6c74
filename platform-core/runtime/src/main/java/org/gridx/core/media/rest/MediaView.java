package org.gridx.core.media.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.core.media.domain.MediaObject;

/**
 * A stored photo as clients see it. {@code url} gives staff the original and everyone else the public
 * rendition; {@code publicUrl} is always the location-free rendition, {@code thumbnailUrl} the list image.
 */
public record MediaView(UUID id, String contentType, long size, int width, int height, boolean hasLocation,
        Instant uploadedAt, String url, String publicUrl, String thumbnailUrl) {

    public static MediaView of(MediaObject m, String tenant) {
        String base = "/api/t/" + tenant + "/media/" + m.id;
        return new MediaView(m.id, m.contentType, m.size, m.width, m.height, m.hasLocation, m.uploadedAt, base,
                base + "/public", base + "/thumbnail");
    }
}
