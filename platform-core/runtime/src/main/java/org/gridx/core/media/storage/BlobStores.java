package org.gridx.core.media.storage;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridx.core.media.config.MediaConfig;

/**
 * The storages photos can live in. New photos go to the configured one; each photo records where it went
 * and is read from there, so switching {@code gridx.media.storage} later keeps older photos readable as
 * long as their storage stays configured. A misconfigured storage stops the application at startup.
 */
@ApplicationScoped
public class BlobStores {

    @Inject
    MediaConfig config;
    @Inject
    DatabaseBlobStorage database;
    @ConfigProperty(name = "gridx.data-dir", defaultValue = "data")
    String dataDir;

    private volatile FilesystemBlobStorage filesystem;
    private volatile S3BlobStorage s3;

    void check(@Observes StartupEvent start) {
        forWriting();
    }

    public BlobStorage forWriting() {
        return named(config.storage().code());
    }

    /** The storage of this name ({@code database}, {@code filesystem}, {@code s3}). */
    public BlobStorage named(String name) {
        return switch (name) {
            case "database" -> database;
            case "filesystem" -> filesystem();
            case "s3" -> s3();
            default -> throw new IllegalStateException("unknown media storage '" + name + "'");
        };
    }

    private FilesystemBlobStorage filesystem() {
        if (filesystem == null) {
            filesystem = new FilesystemBlobStorage(Path.of(config.dir().orElse(Path.of(dataDir, "media").toString())));
        }
        return filesystem;
    }

    private S3BlobStorage s3() {
        if (s3 == null) {
            MediaConfig.S3 c = config.s3();
            s3 = new S3BlobStorage(required(c.endpoint(), "endpoint", "GRIDX_S3_ENDPOINT"),
                    required(c.bucket(), "bucket", "GRIDX_S3_BUCKET"), c.region(),
                    required(c.accessKey(), "access-key", "GRIDX_S3_ACCESS_KEY"),
                    required(c.secretKey(), "secret-key", "GRIDX_S3_SECRET_KEY"), c.pathStyle());
        }
        return s3;
    }

    private static String required(java.util.Optional<String> value, String name, String env) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalStateException(
                "photos are stored in S3 but gridx.media.s3." + name + " (" + env + ") is not set"));
    }
}
