package dev.voxpress.master;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A strict-enough WebVTT (and SubRip) parser for tests: header, cue timings, cue text. */
final class WebVttParser {
    record ParsedCue(String id, double start, double end, String text) {
    }

    private static final Pattern VTT_TIMING =
            Pattern.compile("^(\\d{2,}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> (\\d{2,}):(\\d{2}):(\\d{2})\\.(\\d{3})$");
    private static final Pattern SRT_TIMING =
            Pattern.compile("^(\\d{2}):(\\d{2}):(\\d{2}),(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2}),(\\d{3})$");

    private WebVttParser() {
    }

    static List<ParsedCue> parseVtt(String text) {
        if (!text.startsWith("WEBVTT")) throw new IllegalArgumentException("no WEBVTT header");
        String[] blocks = text.split("\n\n");
        if (!blocks[0].equals("WEBVTT")) throw new IllegalArgumentException("bad header block: " + blocks[0]);
        return cues(blocks, 1, VTT_TIMING, true);
    }

    static List<ParsedCue> parseSrt(String text) {
        return cues(text.split("\n\n"), 0, SRT_TIMING, false);
    }

    private static List<ParsedCue> cues(String[] blocks, int first, Pattern timing, boolean vtt) {
        List<ParsedCue> cues = new ArrayList<>();
        for (int b = first; b < blocks.length; b++) {
            String block = blocks[b].strip();
            if (block.isEmpty()) continue;
            String[] lines = block.split("\n");
            int at = 0;
            String id = null;
            if (!lines[0].contains("-->")) id = lines[at++];
            if (!vtt && id == null) throw new IllegalArgumentException("SubRip cue without a number: " + block);
            Matcher m = timing.matcher(lines[at++]);
            if (!m.matches()) throw new IllegalArgumentException("bad timing line in: " + block);
            double start = seconds(m, 1);
            double end = seconds(m, 5);
            if (end < start) throw new IllegalArgumentException("cue ends before it starts: " + block);
            StringBuilder text = new StringBuilder();
            for (; at < lines.length; at++) {
                if (lines[at].contains("-->")) throw new IllegalArgumentException("'-->' in cue text: " + block);
                if (text.length() > 0) text.append('\n');
                text.append(lines[at]);
            }
            if (text.length() == 0) throw new IllegalArgumentException("empty cue: " + block);
            String payload = text.toString();
            if (vtt) {
                if (payload.matches("(?s).*&(?!amp;|lt;|gt;).*") || payload.contains("<")) {
                    throw new IllegalArgumentException("unescaped cue text: " + payload);
                }
                payload = payload.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            }
            cues.add(new ParsedCue(id, start, end, payload));
        }
        return cues;
    }

    private static double seconds(Matcher m, int group) {
        return Integer.parseInt(m.group(group)) * 3600 + Integer.parseInt(m.group(group + 1)) * 60
                + Integer.parseInt(m.group(group + 2)) + Integer.parseInt(m.group(group + 3)) / 1000.0;
    }
}
