package org.gridx.core.media.domain;

/** The stored forms of a photo. Only {@link #ORIGINAL} may carry location metadata. */
public enum Rendition {
    /** The bytes as uploaded, for staff roles. */
    ORIGINAL,
    /** Re-encoded through ImageIO (which writes no EXIF, XMP or GPS), upright, long side capped; for everyone. */
    PUBLIC,
    /** A small JPEG for lists. */
    THUMBNAIL
}
