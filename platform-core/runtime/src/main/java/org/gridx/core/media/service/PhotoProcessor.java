package org.gridx.core.media.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.media.config.MediaConfig;
import org.gridx.core.media.domain.ImageFormat;

/**
 * Decodes an accepted photo once and makes what the platform shows of it: the public rendition (upright,
 * long side capped, re-encoded, so no EXIF/XMP/GPS survives) and the thumbnail. Large photos are decoded
 * subsampled, so memory stays near the size of the public rendition whatever the camera resolution.
 */
@ApplicationScoped
public class PhotoProcessor {

    /** Decoding is the memory-hungry part: at most one per core at a time. */
    private final Semaphore decoding = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    @Inject
    MediaConfig config;

    /** What an upload becomes; width and height are as displayed (after orientation). */
    public record Processed(int width, int height, boolean hasLocation, byte[] publicBytes, String publicType,
            byte[] thumbnail) {
    }

    public Processed process(Upload u, ImageFormat format) {
        MetadataScan.Found meta = format == ImageFormat.JPEG ? MetadataScan.jpeg(u.bytes()) : MetadataScan.png(u.bytes());
        decoding.acquireUninterruptibly();
        ImageReader reader = ImageIO.getImageReadersByFormatName(format.imageIoName()).next();
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(u.bytes()))) {
            reader.setInput(in, true, true);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            if ((long) w * h > config.maxPixels()) {
                throw MediaProblems.tooManyPixels(u, w, h, config.maxPixels());
            }
            ImageReadParam p = reader.getDefaultReadParam();
            // Rounded up, so the decoded picture is never larger than the public rendition: a 12-megapixel
            // photo then needs ~12 MB of heap, not ~50 MB, and the thumbnail is scaled from that.
            int step = Math.max(1, (Math.max(w, h) + config.publicMaxSide() - 1) / config.publicMaxSide());
            p.setSourceSubsampling(step, step, 0, 0);
            BufferedImage upright = Pictures.upright(reader.read(0, p), meta.orientation());
            BufferedImage shown = Pictures.fit(upright, config.publicMaxSide());
            byte[] publicBytes = format == ImageFormat.PNG ? Pictures.png(shown) : Pictures.jpeg(shown, 0.85f);
            byte[] thumbnail = Pictures.jpeg(Pictures.fit(shown, config.thumbnailSide()), 0.8f);
            boolean turned = meta.orientation() >= 5;
            return new Processed(turned ? h : w, turned ? w : h, meta.hasLocation(), publicBytes, format.contentType(), thumbnail);
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // ImageIO reports damaged input as IIOException, but also as assorted runtime exceptions.
            throw MediaProblems.unreadable(u, format.name());
        } finally {
            reader.dispose();
            decoding.release();
        }
    }
}
