package org.gridx.core.media.storage;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the bytes of photos live, addressed by key. Deliberately narrow (put, get, delete) so that any
 * store can carry it: a table, a directory, an S3-compatible bucket. Keys start with the tenant code;
 * the database store is additionally behind row-level security.
 */
public interface BlobStorage {

    /** Keys the media service makes: {@code <tenant>/<2 hex>/<sha256>/<rendition>}; nothing else is accepted. */
    Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,62}(/[a-z0-9][a-z0-9._-]{0,99}){1,4}");

    /** The name stored with each photo ({@code database}, {@code filesystem}, {@code s3}). */
    String name();

    /** Stores {@code data} under {@code key}, replacing what was there (same key, same bytes: keys are content hashes). */
    void put(String key, byte[] data, String contentType);

    Optional<byte[]> get(String key);

    /** Removes the key; a missing key is not an error. */
    void delete(String key);

    static String checked(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("not a media storage key: " + key);
        }
        return key;
    }
}
