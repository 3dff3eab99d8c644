package dev.voxpress.master;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Builds an ID3v2.3 tag: title, artist, album, year and date, comment and URL (the article's), language, length,
 * genre "Podcast", cover art (APIC), and chapters (CHAP, one per {@link Chapter}, with a TIT2 sub-frame, under
 * one top-level ordered CTOC), per the ID3v2.3 standard and the ID3v2 Chapter Frame Addendum 1.0.
 *
 * <p>Written here rather than with a tagging library: the tag has to be known before the audio is encoded so
 * that it is written once at the head of the file while the MP3 streams after it, and the Java libraries either
 * rewrite the whole file to add a tag (mp3agic, unmaintained since 2017) or do not write chapter sub-frames.
 * Tests read the tags back with mp3agic and ffprobe.
 */
public final class Id3Tag {
    /** Room left after the frames, so that other taggers can edit in place. */
    public static final int PADDING = 1024;

    private Id3Tag() {
    }

    /** The whole tag, header included. */
    public static byte[] build(EpisodeMetadata meta, double seconds, List<Chapter> chapters) {
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        text(frames, "TIT2", meta.title());
        text(frames, "TPE1", meta.artist());
        text(frames, "TALB", meta.album());
        String date = meta.date();
        if (date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)) {
            text(frames, "TYER", date.substring(0, 4));
            LocalDate day = day(date);
            if (day != null) {
                text(frames, "TDAT", String.format(Locale.ROOT, "%02d%02d", day.getDayOfMonth(), day.getMonthValue()));
            }
        }
        text(frames, "TCON", "Podcast");
        String language = iso639_2(meta.language());
        if (language != null) text(frames, "TLAN", language);
        text(frames, "TLEN", Long.toString(Math.round(seconds * 1000)));
        text(frames, "TSSE", "voxpress");
        if (meta.url() != null) {
            comment(frames, language != null ? language : "eng", meta.url());
            frame(frames, "WXXX", urlBody("article", meta.url()));
        }
        String mime = meta.coverMimeType();
        if (mime != null) frame(frames, "APIC", pictureBody(mime, meta.cover()));
        if (!chapters.isEmpty() && chapters.size() <= 255) {
            ByteArrayOutputStream toc = new ByteArrayOutputStream();
            latin1z(toc, "toc");
            toc.write(0x03); // top level, ordered
            toc.write(chapters.size());
            for (int i = 0; i < chapters.size(); i++) latin1z(toc, "chp" + i);
            text(toc, "TIT2", "Chapters");
            frame(frames, "CTOC", toc.toByteArray());
            for (int i = 0; i < chapters.size(); i++) {
                Chapter c = chapters.get(i);
                ByteArrayOutputStream chap = new ByteArrayOutputStream();
                latin1z(chap, "chp" + i);
                int32(chap, Math.round(c.start() * 1000));
                int32(chap, Math.round(c.end() * 1000));
                int32(chap, 0xFFFFFFFFL);
                int32(chap, 0xFFFFFFFFL);
                text(chap, "TIT2", c.title());
                frame(frames, "CHAP", chap.toByteArray());
            }
        }
        byte[] body = frames.toByteArray();
        int size = body.length + PADDING;
        if (size >= 1 << 28) throw new IllegalArgumentException("ID3 tag too large (cover art over 256 MB?)");
        ByteArrayOutputStream tag = new ByteArrayOutputStream(10 + size);
        tag.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0});
        tag.write((size >> 21) & 0x7f);
        tag.write((size >> 14) & 0x7f);
        tag.write((size >> 7) & 0x7f);
        tag.write(size & 0x7f);
        tag.writeBytes(body);
        tag.writeBytes(new byte[PADDING]);
        return tag.toByteArray();
    }

    private static LocalDate day(String date) {
        if (date.length() < 10) return null;
        try {
            return LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The ISO 639-2 code of a language tag, or null. */
    static String iso639_2(String tag) {
        if (tag == null || tag.isBlank()) return null;
        try {
            String code = Locale.forLanguageTag(tag.trim()).getISO3Language();
            return code.length() == 3 ? code : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static void text(ByteArrayOutputStream out, String id, String value) {
        if (value == null || value.isBlank()) return;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        encoded(body, value.strip(), false);
        frame(out, id, body.toByteArray());
    }

    private static void comment(ByteArrayOutputStream out, String language, String value) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean wide = !latin1(value);
        body.write(wide ? 1 : 0);
        body.writeBytes(language.getBytes(StandardCharsets.US_ASCII));
        string(body, "", wide, true);
        string(body, value, wide, false);
        frame(out, "COMM", body.toByteArray());
    }

    private static byte[] urlBody(String description, String url) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(0);
        latin1z(body, description);
        body.writeBytes(url.getBytes(StandardCharsets.ISO_8859_1));
        return body.toByteArray();
    }

    private static byte[] pictureBody(String mime, byte[] image) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(image.length + 32);
        body.write(0);
        latin1z(body, mime);
        body.write(3); // front cover
        body.write(0); // empty description
        body.writeBytes(image);
        return body.toByteArray();
    }

    /** An encoding byte and the text: ISO-8859-1 when it fits, else UTF-16 with a byte-order mark. */
    private static void encoded(ByteArrayOutputStream out, String value, boolean terminated) {
        boolean wide = !latin1(value);
        out.write(wide ? 1 : 0);
        string(out, value, wide, terminated);
    }

    private static void string(ByteArrayOutputStream out, String value, boolean wide, boolean terminated) {
        if (wide) {
            out.write(0xFF);
            out.write(0xFE);
            out.writeBytes(value.getBytes(StandardCharsets.UTF_16LE));
            if (terminated) {
                out.write(0);
                out.write(0);
            }
        } else {
            out.writeBytes(value.getBytes(StandardCharsets.ISO_8859_1));
            if (terminated) out.write(0);
        }
    }

    private static boolean latin1(String value) {
        return value.chars().allMatch(c -> c > 0 && c <= 0xFF);
    }

    private static void latin1z(ByteArrayOutputStream out, String value) {
        out.writeBytes(value.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
    }

    private static void int32(ByteArrayOutputStream out, long value) {
        out.write((int) (value >> 24) & 0xff);
        out.write((int) (value >> 16) & 0xff);
        out.write((int) (value >> 8) & 0xff);
        out.write((int) value & 0xff);
    }

    private static void frame(ByteArrayOutputStream out, String id, byte[] body) {
        out.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
        int32(out, body.length);
        out.write(0);
        out.write(0);
        out.writeBytes(body);
    }
}
