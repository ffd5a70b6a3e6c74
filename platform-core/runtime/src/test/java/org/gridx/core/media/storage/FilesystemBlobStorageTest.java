package org.gridx.core.media.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemBlobStorageTest {

    static final String KEY = "st-abc123/ab/ab12cd/original";

    @TempDir
    Path dir;

    @Test
    void storesReadsReplacesAndDeletesByKey() throws IOException {
        FilesystemBlobStorage store = new FilesystemBlobStorage(dir.resolve("media"));
        assertEquals(Optional.empty(), store.get(KEY));
        store.put(KEY, new byte[] {1, 2, 3}, "image/jpeg");
        assertArrayEquals(new byte[] {1, 2, 3}, store.get(KEY).orElseThrow());
        assertTrue(Files.isRegularFile(dir.resolve("media/st-abc123/ab/ab12cd/original")));
        store.put(KEY, new byte[] {4}, "image/jpeg");
        assertArrayEquals(new byte[] {4}, store.get(KEY).orElseThrow());
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left behind");
        }
        store.delete(KEY);
        assertEquals(Optional.empty(), store.get(KEY));
        store.delete(KEY); // deleting again is fine
    }

    @Test
    void keysCannotLeaveTheDirectory() {
        FilesystemBlobStorage store = new FilesystemBlobStorage(dir);
        for (String bad : new String[] {"../etc/passwd", "st-abc/../../x", "/abs/olute", "st-abc/ab/x y", "UPPER/a", "st-abc"}) {
            assertThrows(IllegalArgumentException.class, () -> store.put(bad, new byte[] {1}, "image/png"), bad);
            assertThrows(IllegalArgumentException.class, () -> store.get(bad), bad);
        }
    }

    @Test
    void anUnwritableDirectoryIsReportedWithTheSettingToChange() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        Exception e = assertThrows(RuntimeException.class, () -> new FilesystemBlobStorage(file.resolve("media")));
        assertTrue(e.getMessage().contains("GRIDX_MEDIA_DIR"), e.getMessage());
    }
}
