package dev.voxpress.publish;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import dev.voxpress.AtomicOutput;

/**
 * Draws a square podcast cover from the channel's title with Java2D: 3000 x 3000 PNG, flat colours so that it
 * stays well under the 512 KB that podcast directories accept.
 */
public final class Artwork {
    public static final int SIZE = 3000;
    private static final Color[] BACKGROUNDS = {
        new Color(0x1f3a5f), new Color(0x5f1f3a), new Color(0x1f5f4a), new Color(0x4a3a1f), new Color(0x3a1f5f)};

    private Artwork() {
    }

    /** Writes the cover for {@code title} to {@code target} (a .png), atomically. */
    public static void generate(String title, Path target) throws IOException {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUNDS[Math.floorMod(title.hashCode(), BACKGROUNDS.length)]);
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(new Color(255, 255, 255, 40));
            g.fillOval(SIZE / 2, -SIZE / 4, SIZE, SIZE);
            g.setColor(Color.WHITE);
            int fontSize = 300;
            List<String> lines;
            while (true) {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, fontSize));
                lines = wrap(title, g.getFontMetrics(), SIZE * 8 / 10);
                if (lines.size() * fontSize * 1.2 < SIZE * 0.6 || fontSize <= 100) break;
                fontSize -= 20;
            }
            FontMetrics metrics = g.getFontMetrics();
            int y = SIZE / 2 - (int) (lines.size() * fontSize * 1.2 / 2) + metrics.getAscent();
            for (String line : lines) {
                g.drawString(line, SIZE / 10, y);
                y += (int) (fontSize * 1.2);
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 120));
            g.drawString("narrated by voxpress", SIZE / 10, SIZE - SIZE / 10);
        } finally {
            g.dispose();
        }
        try (AtomicOutput out = new AtomicOutput(target)) {
            if (!ImageIO.write(image, "png", out.temp().toFile())) throw new IOException("no PNG writer");
            out.commit();
        }
    }

    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }
}
