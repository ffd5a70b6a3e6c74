package org.gridx.core.media.service;

import java.util.Collection;
import java.util.UUID;

/**
 * Photos and other evidence of the current tenant. Uploads are checked by content, size-limited and stored
 * through the configured storage (filesystem, database or S3-compatible); other capabilities keep only ids.
 */
public interface MediaStore {

    /** Fails with a 400 problem naming {@code field} when any id is not a stored object of this tenant. */
    void requireAll(Collection<UUID> ids, String field);
}
