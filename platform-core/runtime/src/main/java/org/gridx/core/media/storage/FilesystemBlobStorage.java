package org.gridx.core.media.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Photos as files under one directory, one file per key. A file is written beside its target and then
 * moved into place, so a reader never sees half a photo, even after a crash mid-write.
 */
public class FilesystemBlobStorage implements BlobStorage {

    private final Path root;

    public FilesystemBlobStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the media directory " + this.root
                    + "; set gridx.media.dir (GRIDX_MEDIA_DIR) to a writable directory", e);
        }
        if (!Files.isWritable(this.root)) {
            throw new IllegalStateException("the media directory " + this.root
                    + " is not writable; set gridx.media.dir (GRIDX_MEDIA_DIR) to a writable directory");
        }
    }

    @Override
    public String name() {
        return "filesystem";
    }

    @Override
    public void put(String key, byte[] data, String contentType) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temp, data);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write media file " + target, e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(path(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read media file for " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete media file for " + key, e);
        }
    }

    /** The file of a key; checked again after resolving, so no key can name a file outside the root. */
    Path path(String key) {
        Path p = root.resolve(BlobStorage.checked(key)).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("not a media storage key: " + key);
        }
        return p;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
