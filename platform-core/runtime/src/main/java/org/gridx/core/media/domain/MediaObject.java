package org.gridx.core.media.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.gridx.api.tenant.TenantOwnedEntity;

/**
 * One uploaded photo and where its three renditions are stored: the original as sent (staff only, may
 * carry GPS), the public rendition (re-encoded, no metadata) and the thumbnail. Stored once per tenant
 * and content: uploading the same bytes again returns this record.
 */
@Entity
@Table(name = "media_object")
public class MediaObject extends TenantOwnedEntity {

    @Column(name = "content_type")
    public String contentType;
    public long size;
    public String sha256;
    /** As displayed, i.e. after the EXIF orientation is applied. */
    public int width;
    public int height;
    /** The original carried GPS coordinates (EXIF or XMP); only staff roles ever receive it. */
    @Column(name = "has_location")
    public boolean hasLocation;
    public String storage;
    @Column(name = "original_key")
    public String originalKey;
    @Column(name = "public_key")
    public String publicKey;
    @Column(name = "public_type")
    public String publicType;
    @Column(name = "thumbnail_key")
    public String thumbnailKey;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    public static Optional<MediaObject> bySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }
}
