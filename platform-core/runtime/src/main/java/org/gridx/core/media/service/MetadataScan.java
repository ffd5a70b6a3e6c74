package org.gridx.core.media.service;

import java.nio.charset.StandardCharsets;

/**
 * Reads the little we need from a photo's metadata without trusting it: whether it carries a location
 * (EXIF GPS latitude/longitude, or an XMP GPS property) and the EXIF orientation. Every offset is
 * bounds-checked; metadata that does not parse counts as absent, since the public rendition drops all
 * metadata anyway and this only informs.
 */
public final class MetadataScan {

    /** What was found: a location, and the EXIF orientation 1–8 (1 = upright). */
    public record Found(boolean hasLocation, int orientation) {
        static final Found NOTHING = new Found(false, 1);
    }

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    private MetadataScan() {
    }

    /** JPEG: APP1 segments before the image data, either EXIF (a TIFF structure) or XMP (text). */
    public static Found jpeg(byte[] b) {
        Found found = Found.NOTHING;
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xff) == 0xff) {
            int marker = b[i + 1] & 0xff;
            if (marker == 0xff) {
                i++;
                continue;
            }
            if (marker == 0xda || marker == 0xd9) {
                break; // start of scan / end of image: metadata segments come before it
            }
            int end = i + 2 + u16(b, i + 2, false);
            if (end > b.length || end < i + 4) {
                break;
            }
            if (marker == 0xe1) {
                found = merge(found, startsWith(b, i + 4, EXIF) ? tiff(b, i + 10, end) : xmp(b, i + 4, end));
            }
            i = end;
        }
        return found;
    }

    /** PNG: an eXIf chunk (TIFF structure) or XMP in a text chunk. Orientation is not applied to PNG. */
    public static Found png(byte[] b) {
        boolean location = false;
        int i = 8;
        while (i + 12 <= b.length) {
            long length = u32(b, i, false);
            String type = new String(b, i + 4, 4, StandardCharsets.US_ASCII);
            if (length > b.length - i - 12L) {
                break;
            }
            int start = i + 8;
            int end = start + (int) length;
            if (type.equals("eXIf")) {
                location |= tiff(b, start, end).hasLocation();
            } else if (type.equals("iTXt") || type.equals("tEXt") || type.equals("zTXt")) {
                location |= xmp(b, start, end).hasLocation();
            } else if (type.equals("IEND")) {
                break;
            }
            i = end + 4;
        }
        return new Found(location, 1);
    }

    /** A TIFF structure (EXIF): IFD0 holds the orientation and the pointer to the GPS IFD. */
    static Found tiff(byte[] b, int start, int end) {
        try {
            boolean le;
            if (b[start] == 'I' && b[start + 1] == 'I') {
                le = true;
            } else if (b[start] == 'M' && b[start + 1] == 'M') {
                le = false;
            } else {
                return Found.NOTHING;
            }
            int ifd0 = start + (int) u32(b, start + 4, le);
            int orientation = 1;
            boolean location = false;
            int entries = u16(b, within(ifd0, 2, start, end), le);
            for (int k = 0; k < entries; k++) {
                int e = within(ifd0 + 2 + 12 * k, 12, start, end);
                int tag = u16(b, e, le);
                if (tag == 0x0112) {
                    int o = u16(b, e + 8, le);
                    orientation = o >= 1 && o <= 8 ? o : 1;
                } else if (tag == 0x8825) {
                    location = gps(b, start + (int) u32(b, e + 8, le), start, end, le);
                }
            }
            return new Found(location, orientation);
        } catch (IndexOutOfBoundsException e) {
            return Found.NOTHING;
        }
    }

    /** The GPS IFD locates the photo when it has a latitude (tag 2) or a longitude (tag 4). */
    private static boolean gps(byte[] b, int ifd, int start, int end, boolean le) {
        int entries = u16(b, within(ifd, 2, start, end), le);
        for (int k = 0; k < entries; k++) {
            int tag = u16(b, within(ifd + 2 + 12 * k, 12, start, end), le);
            if (tag == 2 || tag == 4) {
                return true;
            }
        }
        return false;
    }

    private static Found xmp(byte[] b, int start, int end) {
        String text = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        return new Found(text.contains("GPSLatitude") || text.contains("GPSLongitude"), 1);
    }

    private static Found merge(Found a, Found b) {
        return new Found(a.hasLocation() || b.hasLocation(), b.orientation() != 1 ? b.orientation() : a.orientation());
    }

    private static int within(int at, int length, int start, int end) {
        if (at < start || at + length > end) {
            throw new IndexOutOfBoundsException(at);
        }
        return at;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        return at + prefix.length <= b.length && java.util.Arrays.equals(b, at, at + prefix.length, prefix, 0, prefix.length);
    }

    static int u16(byte[] b, int at, boolean le) {
        int x = b[at] & 0xff;
        int y = b[at + 1] & 0xff;
        return le ? x | y << 8 : x << 8 | y;
    }

    static long u32(byte[] b, int at, boolean le) {
        long hi = u16(b, le ? at + 2 : at, le);
        long lo = u16(b, le ? at : at + 2, le);
        return hi << 16 | lo;
    }
}
