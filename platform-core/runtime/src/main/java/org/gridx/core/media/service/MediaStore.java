package org.gridx.core.media.service;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gridx.core.media.domain.Rendition;
import org.gridx.core.media.rest.MediaView;

/**
 * Photos and other evidence of the current tenant. Uploads are checked by content, size-limited and stored
 * through the configured storage (filesystem, database or S3-compatible); other capabilities keep only ids.
 */
public interface MediaStore {

    /** Fails with a 400 problem naming {@code field} when any id is not a stored object of this tenant. */
    void requireAll(Collection<UUID> ids, String field);

    /**
     * Checks every upload (type from the bytes, size, pixels), then stores them all, or none when any is
     * refused (413, 415, 422 or 400 problems naming the file). Bytes already stored in this tenant are not
     * stored twice: their existing photo is returned. Results are in upload order.
     */
    List<MediaView> store(List<Upload> uploads);

    Optional<MediaView> find(UUID id);

    /** The photos of {@code ids} that exist in this tenant, in the order given. */
    List<MediaView> findAll(Collection<UUID> ids);

    /**
     * A rendition of a photo of this tenant; empty when there is no such photo here. Read its bytes in the
     * same unit of work (request or {@code callAs}), since the storage is read as the current tenant.
     */
    Optional<MediaContent> open(UUID id, Rendition rendition);
}
