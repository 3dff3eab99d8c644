package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class EpisodeImageTest {
    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void cropsALargeImageToItsCentreSquare() throws IOException {
        byte[] jpeg = EpisodeImage.square(png(2000, 1500)).orElseThrow();
        BufferedImage square = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(1500, square.getWidth());
        assertEquals(1500, square.getHeight());
        assertTrue(jpeg.length <= EpisodeImage.MAX_BYTES);
    }

    @Test
    void scalesAHugeImageDownTo3000() throws IOException {
        BufferedImage square = ImageIO.read(new ByteArrayInputStream(EpisodeImage.square(png(4000, 3600)).orElseThrow()));
        assertEquals(3000, square.getWidth());
    }

    @Test
    void refusesSmallImagesAndNonImages() throws IOException {
        assertTrue(EpisodeImage.square(png(1200, 900)).isEmpty());
        assertTrue(EpisodeImage.square("not an image".getBytes()).isEmpty());
    }
}
