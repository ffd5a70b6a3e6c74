package org.gridx.core.media.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Photos: where their bytes go and how large they may be. The database is the default storage so that
 * {@code java -jar} works with nothing else; a filesystem directory or S3-compatible object storage take
 * the bytes out of the database when a deployment has them.
 */
@ConfigMapping(prefix = "gridx.media")
public interface MediaConfig {

    /** Where new photos are written; photos already stored stay readable where they were written. */
    @WithDefault("database")
    Storage storage();

    /** Largest accepted file. Keep quarkus.http.limits.max-body-size above it, or the 413 has no body. */
    @WithDefault("10485760")
    long maxBytes();

    /** Largest accepted image area, against decompression bombs (a small file that decodes to gigabytes). */
    @WithDefault("50000000")
    long maxPixels();

    /** Long side of the public (location-free) rendition; larger photos are scaled down. */
    @WithDefault("2048")
    int publicMaxSide();

    /** Long side of the thumbnails shown in lists. */
    @WithDefault("320")
    int thumbnailSide();

    /** Directory of the filesystem storage; the application defaults it to {@code <data-dir>/media}. */
    Optional<String> dir();

    S3 s3();

    enum Storage {
        DATABASE, FILESYSTEM, S3;

        /** The name stored with each photo and used in configuration. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An S3-compatible bucket (AWS S3, MinIO, Ceph RGW, Alibaba OSS in S3 mode, …). */
    interface S3 {

        /** e.g. {@code https://s3.eu-central-1.amazonaws.com} or {@code http://minio:9000}. */
        Optional<String> endpoint();

        Optional<String> bucket();

        @WithDefault("us-east-1")
        String region();

        Optional<String> accessKey();

        Optional<String> secretKey();

        /** {@code endpoint/bucket/key} (MinIO and most S3-compatibles) instead of {@code bucket.endpoint/key}. */
        @WithDefault("true")
        boolean pathStyle();
    }
}
