package org.gridx.core.media.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import org.gridx.api.tenant.TenantOwnedEntity;

/** The bytes of one photo rendition when photos are stored in the database (the default storage). */
@Entity
@Table(name = "media_blob")
public class MediaBlob extends TenantOwnedEntity {

    @Column(name = "blob_key")
    public String blobKey;
    public byte[] data;

    public static Optional<MediaBlob> byKey(String key) {
        return find("blobKey", key).firstResultOptional();
    }
}
