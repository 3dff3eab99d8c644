package dev.voxpress.clean;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import dev.voxpress.source.LoadedSource;

/**
 * Cleans an HTML page into what a listener should hear. Metadata comes from JSON-LD, OpenGraph, meta tags and
 * the DOM ({@link Meta}); the body is found by content scoring ({@link ContentFinder}) and read into blocks
 * ({@link BlockWriter}); a last pass drops what slipped through: labels such as "Advertisement", bylines and
 * datelines repeated in the body, the title and standfirst repeated, "Read more" teasers.
 */
public final class HtmlCleaner implements Cleaner {
    /** The largest page cleaned; far above any article, small enough that parsing stays in memory bounds. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** A pass that finds less text than this is retried with fewer pruning rules (Readability's charThreshold). */
    private static final int MIN_CHARS = 500;

    private static final Pattern LABEL = Pattern.compile("(?i)^(advertisement|advertising|ad|ads|sponsored|sponsored content|"
            + "promoted|paid content|story continues below( advertisement)?|continue reading( below)?|"
            + "article continues below|scroll to continue( with content)?|skip (to|past) .{1,30}|(loading|please wait)\\b.{0,80}|"
            + "[\\p{P}\\p{S}\\s]*)$");
    private static final Pattern TEASER = Pattern.compile("(?i)^(read more|read next|related( stories| articles| content)?|"
            + "see also|also read|more on this( story)?|recommended( reading)?|more from .{1,40}|most (read|popular)|"
            + "trending|watch|listen|click here|sign up|subscribe|share this( article)?|follow us|"
            + "read the full (story|article))\\b.*");
    private static final Pattern DATELINE = Pattern.compile("(?i)^((published|updated|posted|last updated|modified)"
            + "\\b.{0,60}|\\w{3,9}\\.? \\d{1,2},? \\d{4}.{0,20}|\\d{1,2} \\w{3,9}\\.? \\d{4}.{0,20}|\\d{4}-\\d{2}-\\d{2}.{0,20})$");
    private static final Pattern BYLINE_LINE = Pattern.compile("(?i)^(by|written by|words by|von|par|por)\\s+\\S.*");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Override
    public Article clean(LoadedSource source) {
        TextDecoding.requireText(source);
        if (source.body().length > MAX_BYTES) {
            throw new CleanException(source.name(), "page too large (" + (source.body().length >> 20)
                    + " MB; the limit is " + (MAX_BYTES >> 20) + " MB)");
        }
        if (source.body().length < 16 && new String(source.body(), java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            throw new CleanException(source.name(), "empty page");
        }
        Document doc = parse(source);
        checkDecoded(source, doc);
        Meta meta = Meta.of(doc, source.location());

        List<BlockWriter.Written> best = null;
        int bestChars = -1;
        for (ContentFinder.Flags flags : ContentFinder.Flags.ATTEMPTS) {
            Document attempt = best == null ? doc : parse(source);
            Element body = attempt.body();
            if (body == null) break;
            List<BlockWriter.Written> written = BlockWriter.write(ContentFinder.find(body, flags));
            int chars = 0;
            for (BlockWriter.Written w : written) chars += w.block().text().length();
            if (chars > bestChars) {
                best = written;
                bestChars = chars;
            }
            if (chars >= MIN_CHARS) break;
        }
        List<Block> blocks = tidy(best == null ? List.of() : best, meta);
        if (!readable(blocks)) throw new CleanException(source.name(), "no readable article found");

        String standfirst = meta.standfirst;
        if (standfirst == null) standfirst = descriptionAsStandfirst(meta.description, blocks);
        if (standfirst != null) {
            String key = key(standfirst);
            List<Block> kept = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                if (i < 5 && key(blocks.get(i).text()).equals(key)) continue;
                kept.add(blocks.get(i));
            }
            blocks = kept;
        }
        String title = meta.title;
        if (title == null) {
            title = blocks.get(0).type() == Block.Type.HEADING ? blocks.get(0).text() : source.name();
        }
        return new Article(title, standfirst, meta.byline, meta.published, meta.siteName, meta.language, meta.url,
                meta.image, blocks);
    }

    private static Document parse(LoadedSource source) {
        try {
            String charset = source.charset() != null ? source.charset().name() : isUtf8(source.body()) ? "UTF-8" : null;
            String base = source.location() == null ? "" : source.location();
            return Jsoup.parse(new ByteArrayInputStream(source.body()), charset, base, Parser.htmlParser());
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new CleanException(source.name(), "cannot parse HTML: " + e.getMessage());
        }
    }

    /**
     * Whether the bytes are valid UTF-8 holding at least one multi-byte sequence. Such bytes are UTF-8 whatever the
     * page declares: legacy encodings almost never form valid UTF-8 by chance, while pages re-saved as UTF-8
     * often keep their old {@code <meta charset>}.
     */
    static boolean isUtf8(byte[] bytes) {
        boolean multibyte = false;
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int extra = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? (b <= 0xEF ? 2 : -1) : b >= 0xC2 && b <= 0xDF ? 1 : -1;
            if (extra < 0 || i + extra >= n) return false;
            for (int k = 1; k <= extra; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) return false;
            }
            multibyte = true;
            i += extra + 1;
        }
        return multibyte;
    }

    /** Fails on text that decoded to mostly replacement characters: a wrong or broken charset. */
    private static void checkDecoded(LoadedSource source, Document doc) {
        Element body = doc.body();
        if (body == null) return;
        String text = body.text();
        int bad = 0;
        int sample = Math.min(text.length(), 200_000);
        for (int i = 0; i < sample; i++) {
            if (text.charAt(i) == '\uFFFD') bad++;
        }
        if (bad > 20 && bad * 20 > sample) {
            throw new CleanException(source.name(), "text does not decode in its charset (" + doc.charset().name()
                    + "): wrong or broken charset");
        }
    }

    /** Drops labels, repeated title/byline/dateline lines, teasers and trailing headings. */
    private static List<Block> tidy(List<BlockWriter.Written> written, Meta meta) {
        String titleKey = meta.title == null ? null : key(meta.title);
        List<Block> out = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < written.size(); i++) {
            Block b = written.get(i).block();
            String text = b.text();
            String k = key(text);
            int words = Meta.words(text);
            if (k.isEmpty() || LABEL.matcher(text).matches()) continue;
            if (k.equals(previous) && words <= 12) continue;
            if (titleKey != null && k.equals(titleKey) && out.size() < 5) continue;
            boolean early = out.size() < 5;
            if (early && words <= 14 && BYLINE_LINE.matcher(text).matches() && !text.endsWith(".")) continue;
            if (early && meta.byline != null && k.equals(key(meta.byline))) continue;
            if (words <= 10 && DATELINE.matcher(text).matches()) continue;
            double links = written.get(i).linkShare();
            if (words <= 30 && TEASER.matcher(text).matches() && (links > 0.3 || text.endsWith(":") || words <= 4)) continue;
            if (b.type() != Block.Type.HEADING && words <= 25 && links > 0.9
                    && (text.contains(":") || b.type() == Block.Type.PARAGRAPH && !endsSentence(text))) {
                continue;
            }
            out.add(b);
            previous = k;
        }
        while (!out.isEmpty() && out.get(out.size() - 1).type() == Block.Type.HEADING) out.remove(out.size() - 1);
        return out;
    }

    /** Enough prose to narrate: a sentence or more, not a page of links or a login form. */
    private static boolean readable(List<Block> blocks) {
        int chars = 0;
        boolean sentence = false;
        for (Block b : blocks) {
            int length = b.text().length();
            chars += length;
            if (b.type() != Block.Type.HEADING && (Meta.words(b.text()) >= 8 || length >= 40)) sentence = true;
        }
        return sentence && chars >= 60;
    }

    /** A description makes the standfirst when it is whole sentences the body does not open with. */
    private static String descriptionAsStandfirst(String description, List<Block> blocks) {
        if (description == null || Meta.words(description) < 6) return null;
        if (description.endsWith("...") || description.endsWith("…") || description.endsWith("[…]")) return null;
        if (!endsSentence(description)) return null;
        String key = key(description);
        for (int i = 0; i < Math.min(blocks.size(), 3); i++) {
            String k = key(blocks.get(i).text());
            if (k.startsWith(key) || key.startsWith(k) || k.contains(key)) return null;
        }
        String head = key.length() > 40 ? key.substring(0, 40) : key;
        for (Block b : blocks) {
            if (key(b.text()).contains(head)) return null;
        }
        return description;
    }

    private static boolean endsSentence(String text) {
        return text.matches("(?s).*[.!?…][\"'”’)\\]]*$");
    }

    /** Text reduced to lower-case words, for comparing lines. */
    static String key(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
