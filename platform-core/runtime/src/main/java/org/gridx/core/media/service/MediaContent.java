package org.gridx.core.media.service;

import java.util.function.Supplier;

/**
 * One rendition of a photo, ready to send. Its ETag is known without reading the bytes, so a client's
 * "not modified" check costs no storage read; {@link #bytes()} reads them.
 */
public final class MediaContent {

    private final String etag;
    private final String contentType;
    private final Supplier<byte[]> reader;

    MediaContent(String etag, String contentType, Supplier<byte[]> reader) {
        this.etag = etag;
        this.contentType = contentType;
        this.reader = reader;
    }

    /** Content-derived: the original's SHA-256, with a suffix per rendition. */
    public String etag() {
        return etag;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] bytes() {
        return reader.get();
    }
}
