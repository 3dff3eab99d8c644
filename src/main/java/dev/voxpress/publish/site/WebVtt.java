package dev.voxpress.publish.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.voxpress.VoxpressException;

/**
 * A small WebVTT reader: the cues' timings and text, which is all the transcript on a page needs. NOTE, STYLE
 * and REGION blocks are skipped; cue settings after the timings are ignored; tags such as {@code <v Name>}
 * are removed from the text.
 */
public final class WebVtt {
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*((?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})\\s+-->\\s+((?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})(?:\\s.*)?$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private WebVtt() {
    }

    /**
     * One cue.
     *
     * @param start seconds from the start of the audio
     * @param end   seconds from the start of the audio
     * @param text  the cue's text, tags removed, lines joined by spaces, entities decoded
     */
    public record Cue(double start, double end, String text) {
    }

    /** Reads a WebVTT file. */
    public static List<Cue> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VoxpressException(file + ": cannot read transcript: " + e.getMessage(), e);
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new VoxpressException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses WebVTT text.
     *
     * @throws IllegalArgumentException when the text does not start with the {@code WEBVTT} signature
     */
    public static List<Cue> parse(String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (lines.length == 0 || !lines[0].startsWith("WEBVTT")
                || (lines[0].length() > 6 && lines[0].charAt(6) != ' ' && lines[0].charAt(6) != '\t')) {
            throw new IllegalArgumentException("not a WebVTT file (no WEBVTT header)");
        }
        List<Cue> cues = new ArrayList<>();
        int i = 1;
        while (i < lines.length) {
            // Skip blank lines between blocks.
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            // A block: optional identifier line, then the timing line, then text up to a blank line.
            int blockStart = i;
            int timingLine = -1;
            if (lines[i].contains("-->")) {
                timingLine = i;
            } else if (i + 1 < lines.length && lines[i + 1].contains("-->")
                    && !lines[i].startsWith("NOTE") && !lines[i].startsWith("STYLE") && !lines[i].startsWith("REGION")) {
                timingLine = i + 1;
            }
            int end = blockStart;
            while (end < lines.length && !lines[end].isBlank()) end++;
            if (timingLine >= 0) {
                Matcher m = TIMING.matcher(lines[timingLine]);
                if (m.matches()) {
                    StringBuilder cueText = new StringBuilder();
                    for (int j = timingLine + 1; j < end; j++) {
                        if (cueText.length() > 0) cueText.append(' ');
                        cueText.append(lines[j].strip());
                    }
                    cues.add(new Cue(seconds(m.group(1)), seconds(m.group(2)), decode(cueText.toString())));
                }
            }
            i = end;
        }
        return cues;
    }

    static double seconds(String timestamp) {
        String[] parts = timestamp.replace(',', '.').split(":");
        double seconds = Double.parseDouble(parts[parts.length - 1]);
        double minutes = Double.parseDouble(parts[parts.length - 2]);
        double hours = parts.length > 2 ? Double.parseDouble(parts[0]) : 0;
        return hours * 3600 + minutes * 60 + seconds;
    }

    private static String decode(String text) {
        String plain = TAG.matcher(text).replaceAll("");
        return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00A0")
                .replace("&lrm;", "\u200E").replace("&rlm;", "\u200F").replace("&amp;", "&").strip();
    }
}
