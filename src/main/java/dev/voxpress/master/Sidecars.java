package dev.voxpress.master;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.voxpress.AtomicOutput;

/**
 * Transcripts and chapters from a mastered episode's timings: WebVTT and SubRip (one cue per sentence as the article
 * wrote it, from the start of its audio to the end, its pause excluded) and Podcast Index JSON chapters
 * (https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/examples/chapters/jsonChapters.md).
 */
public final class Sidecars {
    private Sidecars() {
    }

    /** Where a sidecar of {@code audio} goes: beside it, with its base name. */
    public static Path pathFor(Path audio, Sidecar kind) {
        String name = audio.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return audio.resolveSibling(base + kind.suffix());
    }

    /** Writes the chosen files beside the episode's audio; returns their paths. */
    public static List<Path> write(MasteredAudio episode, EpisodeMetadata metadata, Set<Sidecar> kinds)
            throws IOException {
        List<Path> written = new ArrayList<>();
        Path audio = episode.file().path();
        for (Sidecar kind : Sidecar.values()) {
            if (!kinds.contains(kind)) continue;
            String text = switch (kind) {
                case VTT -> webVtt(episode.cues());
                case SRT -> srt(episode.cues());
                case CHAPTERS_JSON -> chaptersJson(episode, metadata);
            };
            Path path = pathFor(audio, kind);
            try (AtomicOutput out = new AtomicOutput(path)) {
                try (Writer w = Files.newBufferedWriter(out.temp(), StandardCharsets.UTF_8)) {
                    w.write(text);
                }
                out.commit();
            }
            written.add(path);
        }
        return written;
    }

    /** A WebVTT file: one cue per written sentence, numbered from 1. */
    public static String webVtt(List<Cue> cues) {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        int n = 1;
        for (Caption caption : captions(cues)) {
            out.append(n++).append('\n')
                    .append(timestamp(caption.startSample(), caption.sampleRate(), '.')).append(" --> ")
                    .append(timestamp(caption.endSample(), caption.sampleRate(), '.')).append('\n')
                    .append(caption.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("\n\n");
        }
        return out.toString();
    }

    /** A SubRip file: one cue per written sentence, numbered from 1. */
    public static String srt(List<Cue> cues) {
        StringBuilder out = new StringBuilder();
        int n = 1;
        for (Caption caption : captions(cues)) {
            out.append(n++).append('\n')
                    .append(timestamp(caption.startSample(), caption.sampleRate(), ',')).append(" --> ")
                    .append(timestamp(caption.endSample(), caption.sampleRate(), ',')).append('\n')
                    .append(caption.text()).append("\n\n");
        }
        return out.toString();
    }

    /** The written sentences on one line each, timed; a segment that continues the previous one's words extends it. */
    static List<Caption> captions(List<Cue> cues) {
        List<Caption> captions = new ArrayList<>();
        for (Cue cue : cues) {
            String text = oneLine(cue.segment().written());
            if (!text.isEmpty()) {
                captions.add(new Caption(text, cue.startSample(), cue.endSample(), cue.sampleRate()));
            } else if (!captions.isEmpty()) {
                Caption last = captions.remove(captions.size() - 1);
                captions.add(new Caption(last.text(), last.startSample(), cue.endSample(), last.sampleRate()));
            }
        }
        return captions;
    }

    /** One transcript cue: a written sentence and where its audio starts and ends. */
    record Caption(String text, long startSample, long endSample, int sampleRate) {
    }

    /** Podcast Index chapters, version 1.2.0. */
    public static String chaptersJson(MasteredAudio episode, EpisodeMetadata metadata) {
        StringBuilder out = new StringBuilder("{\n  \"version\": \"1.2.0\"");
        field(out, "title", metadata.title());
        field(out, "author", metadata.artist());
        field(out, "podcastName", metadata.album());
        out.append(",\n  \"fileName\": ").append(json(episode.file().path().getFileName().toString()));
        out.append(",\n  \"chapters\": [");
        List<Chapter> chapters = episode.chapters();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            out.append(i == 0 ? "\n" : ",\n");
            out.append("    {\"startTime\": ").append(seconds(c.start()))
                    .append(", \"endTime\": ").append(seconds(c.end()))
                    .append(", \"title\": ").append(json(c.title()));
            if (metadata.url() != null) out.append(", \"url\": ").append(json(metadata.url()));
            out.append('}');
        }
        out.append(chapters.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value == null || value.isBlank()) return;
        out.append(",\n  ").append(json(name)).append(": ").append(json(value.strip()));
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** A JSON string literal. */
    static String json(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** {@code hh:mm:ss.mmm} (or with a comma for SubRip), rounded to the millisecond. */
    static String timestamp(long sample, int rate, char separator) {
        long ms = Math.round(sample * 1000.0 / rate);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                separator, ms % 1000);
    }
}
