package dev.voxpress.publish;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import dev.voxpress.AtomicOutput;

/**
 * Makes an episode's artwork from an article's lead image, when it can meet what podcast apps accept: square,
 * 1400 to 3000 pixels a side, under 512 KB. The image is cropped to its centre square and scaled down to at
 * most 3000 pixels; one smaller than 1400 pixels a side is refused, and the channel's artwork stands in.
 */
final class EpisodeImage {
    static final int MIN_SIDE = 1400;
    static final int MAX_SIDE = 3000;
    static final int MAX_BYTES = 512 * 1024;

    private EpisodeImage() {
    }

    /** Writes the square JPEG to {@code target} and returns true, or returns false when the image cannot qualify. */
    static boolean write(byte[] image, Path target) throws IOException {
        Optional<byte[]> jpeg = square(image);
        if (jpeg.isEmpty()) return false;
        try (AtomicOutput out = new AtomicOutput(target)) {
            Files.write(out.temp(), jpeg.get());
            out.commit();
        }
        return true;
    }

    static Optional<byte[]> square(byte[] image) throws IOException {
        BufferedImage source = ImageIO.read(new ByteArrayInputStream(image));
        if (source == null) return Optional.empty();
        int side = Math.min(source.getWidth(), source.getHeight());
        if (side < MIN_SIDE) return Optional.empty();
        int target = Math.min(side, MAX_SIDE);
        BufferedImage square = new BufferedImage(target, target, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = square.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            int x = (source.getWidth() - side) / 2;
            int y = (source.getHeight() - side) / 2;
            g.drawImage(source, 0, 0, target, target, x, y, x + side, y + side, null);
        } finally {
            g.dispose();
        }
        for (float quality = 0.85f; quality >= 0.3f; quality -= 0.1f) {
            byte[] jpeg = jpeg(square, quality);
            if (jpeg.length <= MAX_BYTES) return Optional.of(jpeg);
        }
        return Optional.empty();
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
