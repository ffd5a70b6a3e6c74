package org.gridx.core.media.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.gridx.core.media.config.MediaConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the storage from configuration, and refusing to start with half an S3 configuration. */
class BlobStoresTest {

    @TempDir
    Path dir;

    @Test
    void theFilesystemStorageDefaultsToTheDataDirectory() {
        BlobStores stores = stores(MediaConfig.Storage.FILESYSTEM, Optional.empty(), Optional.empty());
        stores.check(null);
        assertInstanceOf(FilesystemBlobStorage.class, stores.forWriting());
        assertTrue(Files.isDirectory(dir.resolve("media")));
        assertEquals("database", stores.named("database").name(), "photos written before a switch stay readable");
    }

    @Test
    void s3WithoutAnEndpointStopsTheStartNamingTheVariable() {
        BlobStores stores = stores(MediaConfig.Storage.S3, Optional.empty(), Optional.of("b"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> stores.check(null));
        assertTrue(e.getMessage().contains("GRIDX_S3_ENDPOINT"), e.getMessage());
        assertInstanceOf(S3BlobStorage.class, stores(MediaConfig.Storage.S3, Optional.of("http://minio:9000"), Optional.of("b")).forWriting());
    }

    private BlobStores stores(MediaConfig.Storage storage, Optional<String> endpoint, Optional<String> bucket) {
        BlobStores stores = new BlobStores();
        stores.config = new Config(storage, new S3(endpoint, bucket));
        stores.database = new DatabaseBlobStorage();
        stores.dataDir = dir.toString();
        return stores;
    }

    record S3(Optional<String> endpoint, Optional<String> bucket) implements MediaConfig.S3 {
        public String region() {
            return "us-east-1";
        }

        public Optional<String> accessKey() {
            return Optional.of("ak");
        }

        public Optional<String> secretKey() {
            return Optional.of("sk");
        }

        public boolean pathStyle() {
            return true;
        }
    }

    record Config(Storage storage, MediaConfig.S3 s3) implements MediaConfig {
        public long maxBytes() {
            return 10;
        }

        public long maxPixels() {
            return 10;
        }

        public int publicMaxSide() {
            return 10;
        }

        public int thumbnailSide() {
            return 10;
        }

        public Optional<String> dir() {
            return Optional.empty();
        }
    }
}
