package org.gridx.testkit;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Photos made in the test: plain JPEG and PNG images drawn with ImageIO, and a JPEG with a hand-written
 * EXIF segment (orientation and a GPS position) as a phone camera writes it.
 */
public final class Photos {

    private Photos() {
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, false), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, true), "png");
    }

    /** {@code jpeg} with an APP1 EXIF segment holding an orientation (1–8) and GPS latitude/longitude. */
    public static byte[] withGps(byte[] jpeg, double latitude, double longitude, int orientation) {
        byte[] tiff = tiff(latitude, longitude, orientation);
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
        app1.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + 6 + tiff.length));
        app1.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
        // After SOI and the JFIF APP0 segment that ImageIO writes.
        int at = 2;
        if ((jpeg[2] & 0xff) == 0xff && (jpeg[3] & 0xff) == 0xe0) {
            at = 4 + ((jpeg[4] & 0xff) << 8 | (jpeg[5] & 0xff));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        out.writeBytes(app1.array());
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    /** {@code png} with an eXIf chunk (after IHDR) holding a GPS latitude/longitude. */
    public static byte[] pngWithGps(byte[] png, double latitude, double longitude) {
        byte[] tiff = tiff(latitude, longitude, 1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + tiff.length);
        chunk.putInt(tiff.length).put("eXIf".getBytes(StandardCharsets.US_ASCII)).put(tiff);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(chunk.array(), 4, 4 + tiff.length);
        chunk.putInt((int) crc.getValue());
        int at = 8 + 8 + 13 + 4; // signature, then IHDR: length, type, 13 bytes of data, CRC
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, at);
        out.writeBytes(chunk.array());
        out.write(png, at, png.length - at);
        return out.toByteArray();
    }

    /** The GPS latitude as stored in the EXIF segment (three big-endian rationals): absent from stripped renditions. */
    public static byte[] latitudeRationals(double latitude) {
        return rationals(Math.abs(latitude)).array();
    }

    /** Big-endian TIFF: IFD0 (orientation, GPS IFD pointer), GPS IFD (N/E refs, latitude, longitude), then the rationals. */
    private static byte[] tiff(double lat, double lon, int orientation) {
        ByteBuffer b = ByteBuffer.allocate(8 + 30 + 54 + 48);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        b.putShort((short) 2);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        b.putInt(0);
        b.putShort((short) 4);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) (lat >= 0 ? 'N' : 'S')).put((byte) 0).putShort((short) 0);
        b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(92);
        b.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) (lon >= 0 ? 'E' : 'W')).put((byte) 0).putShort((short) 0);
        b.putShort((short) 4).putShort((short) 5).putInt(3).putInt(116);
        b.putInt(0);
        b.put(rationals(Math.abs(lat)).array()).put(rationals(Math.abs(lon)).array());
        return b.array();
    }

    private static ByteBuffer rationals(double degrees) {
        int d = (int) degrees;
        int m = (int) ((degrees - d) * 60);
        int s100 = (int) Math.round(((degrees - d) * 60 - m) * 6000);
        return ByteBuffer.allocate(24).putInt(d).putInt(1).putInt(m).putInt(1).putInt(s100).putInt(100);
    }

    private static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage img = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 120, 200), width, height, new Color(240, 200, 40)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4)); // marks the top-left corner
        g.dispose();
        return img;
    }

    private static byte[] encode(BufferedImage img, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
