package org.gridx.core.media.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.media.domain.ImageFormat;
import org.gridx.core.media.domain.MediaObject;
import org.gridx.core.media.service.PhotoProcessor.Processed;
import org.gridx.core.media.storage.BlobStorage;
import org.gridx.core.media.storage.BlobStores;

/**
 * Writes checked photos: bytes first, then the record, in one transaction. With the database storage both
 * commit together; with a directory or a bucket a failed commit leaves bytes without a record, harmless
 * because keys are content hashes and the next upload of the same photo simply rewrites them.
 */
@ApplicationScoped
public class MediaRecords {

    @Inject
    BlobStores stores;
    @Inject
    GridxClock clock;

    /** A photo ready to save: new (with its renditions) or already stored in this tenant. */
    record Prepared(Upload upload, ImageFormat format, String sha256, Processed processed, MediaObject existing) {
    }

    @Transactional
    public Optional<MediaObject> existing(String sha256) {
        return MediaObject.bySha256(sha256);
    }

    @Transactional
    List<MediaObject> saveAll(String tenant, List<Prepared> photos, String uploader) {
        List<MediaObject> saved = new ArrayList<>();
        for (Prepared p : photos) {
            saved.add(p.existing() != null ? p.existing()
                    : MediaObject.bySha256(p.sha256()).orElseGet(() -> save(tenant, p, uploader)));
        }
        return saved;
    }

    private MediaObject save(String tenant, Prepared p, String uploader) {
        BlobStorage storage = stores.forWriting();
        String prefix = tenant + "/" + p.sha256().substring(0, 2) + "/" + p.sha256() + "/";
        MediaObject m = new MediaObject();
        m.contentType = p.format().contentType();
        m.size = p.upload().bytes().length;
        m.sha256 = p.sha256();
        m.width = p.processed().width();
        m.height = p.processed().height();
        m.hasLocation = p.processed().hasLocation();
        m.storage = storage.name();
        m.originalKey = prefix + "original";
        m.publicKey = prefix + "public";
        m.publicType = p.processed().publicType();
        m.thumbnailKey = prefix + "thumbnail";
        m.uploadedBy = uploader;
        m.uploadedAt = clock.now();
        storage.put(m.originalKey, p.upload().bytes(), m.contentType);
        storage.put(m.publicKey, p.processed().publicBytes(), m.publicType);
        storage.put(m.thumbnailKey, p.processed().thumbnail(), "image/jpeg");
        m.persist();
        return m;
    }
}
