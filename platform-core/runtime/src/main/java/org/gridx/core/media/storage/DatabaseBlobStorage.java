package org.gridx.core.media.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.gridx.core.media.domain.MediaBlob;

/**
 * Photos in the table {@code media_blob}: nothing to set up, backed up with the database, and isolated
 * by row-level security like every tenant row. Writes join the caller's transaction, so a photo and its
 * record commit or roll back together.
 */
@ApplicationScoped
public class DatabaseBlobStorage implements BlobStorage {

    @Override
    public String name() {
        return "database";
    }

    @Override
    @Transactional
    public void put(String key, byte[] data, String contentType) {
        MediaBlob blob = MediaBlob.byKey(BlobStorage.checked(key)).orElseGet(MediaBlob::new);
        blob.blobKey = key;
        blob.data = data;
        blob.persist();
    }

    @Override
    @Transactional
    public Optional<byte[]> get(String key) {
        return MediaBlob.byKey(BlobStorage.checked(key)).map(b -> b.data);
    }

    @Override
    @Transactional
    public void delete(String key) {
        MediaBlob.delete("blobKey", BlobStorage.checked(key));
    }
}
