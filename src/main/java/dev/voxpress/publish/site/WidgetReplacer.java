package dev.voxpress.publish.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

import dev.voxpress.VoxpressException;

/**
 * Puts the voxpress player into a publisher's article page in place of the ElevenLabs AudioNative widget (its
 * {@code div} and its loader {@code script}), or before the article body when there is none. The page is never
 * re-serialized: the original bytes are spliced at the source positions jsoup reports, so everything else stays
 * exactly as it was, byte for byte, whatever the encoding (any ASCII-compatible one; the snippet is ASCII).
 */
public final class WidgetReplacer {
    private static final String WIDGET = "div#elevenlabs-audionative-widget, div[data-playerurl*=elevenlabs.io], "
            + "div.elevenlabs-audionative-widget";
    private static final String LOADER = "script[src*=elevenlabs.io]";
    private static final String BODY = "[itemprop=articleBody], .article-body, .article__body, .articleBody, "
            + ".entry-content, .post-content, .article-content, .story-body, .post-body, .content-body";

    /** What was done. */
    public enum Action {
        /** The ElevenLabs widget was replaced. */
        REPLACED,
        /** An earlier voxpress player was replaced. */
        UPDATED,
        /** The page had no widget; the player was inserted before the article body. */
        INSERTED
    }

    /** The new page and what was done. */
    public record Result(byte[] page, Action action, String where) {
    }

    private record Span(int start, int end, String replacement) {
    }

    /**
     * Puts {@code snippet} into {@code page}.
     *
     * @param name   the page's name for messages
     * @param insert whether to insert the player when the page has no widget
     * @return the new page, or empty when there is no widget and {@code insert} is false
     */
    public Optional<Result> apply(String name, byte[] page, String snippet, boolean insert) {
        if (page.length >= 2 && ((page[0] == (byte) 0xFE && page[1] == (byte) 0xFF)
                || (page[0] == (byte) 0xFF && page[1] == (byte) 0xFE))) {
            throw new VoxpressException(name + ": UTF-16 pages are not supported; save it as UTF-8");
        }
        for (int i = 0; i < snippet.length(); i++) {
            if (snippet.charAt(i) >= 0x80) throw new IllegalArgumentException("snippet must be ASCII");
        }
        // One char per byte: source positions are byte offsets, and every byte round-trips.
        String text = new String(page, StandardCharsets.ISO_8859_1);
        Document doc = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));

        List<Span> spans = new ArrayList<>();
        Elements widgets = doc.select(WIDGET);
        Action action;
        String where;
        if (!widgets.isEmpty()) {
            action = Action.REPLACED;
            where = "the ElevenLabs widget";
            boolean first = true;
            for (Element widget : widgets) {
                spans.add(new Span(start(name, widget), end(name, widget), first ? snippet : ""));
                first = false;
            }
            for (Element script : doc.select(LOADER)) {
                int start = start(name, script);
                int end = end(name, script);
                // A loader right after the widget goes with it, with the whitespace between them.
                Span last = spans.stream().filter(s -> s.end() <= start).max(Comparator.comparingInt(Span::end)).orElse(null);
                if (last != null && text.substring(last.end(), start).isBlank()) {
                    spans.remove(last);
                    spans.add(new Span(last.start(), end, last.replacement()));
                } else {
                    spans.add(new Span(start, end, ""));
                }
            }
        } else {
            Elements ours = doc.select("iframe." + EmbedCode.CLASS);
            if (!ours.isEmpty()) {
                action = Action.UPDATED;
                where = "the voxpress player already there";
                Element iframe = ours.first();
                spans.add(new Span(start(name, iframe), end(name, iframe), snippet));
            } else {
                if (!insert) return Optional.empty();
                action = Action.INSERTED;
                int[] at = new int[1];
                where = insertionPoint(name, doc, at);
                spans.add(new Span(at[0], at[0], snippet + "\n"));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        StringBuilder out = new StringBuilder(text.length() + snippet.length());
        int pos = 0;
        for (Span span : spans) {
            if (span.start() < pos) continue; // nested or overlapping: already covered
            out.append(text, pos, span.start()).append(span.replacement());
            pos = span.end();
        }
        out.append(text, pos, text.length());
        return Optional.of(new Result(out.toString().getBytes(StandardCharsets.ISO_8859_1), action, where));
    }

    /** Where the player goes in a page without a widget: before the article body, or after its headline. */
    private static String insertionPoint(String name, Document doc, int[] at) {
        Element body = doc.selectFirst(BODY);
        if (body != null) {
            at[0] = start(name, body);
            return "before the article body (" + describe(body) + ")";
        }
        for (String container : List.of("article", "main, [role=main]")) {
            Element element = doc.selectFirst(container);
            if (element == null) continue;
            Element headline = element.selectFirst("h1");
            if (headline != null) {
                at[0] = end(name, headline);
                return "after the headline in <" + element.tagName() + ">";
            }
            if (element.sourceRange().isTracked()) {
                at[0] = element.sourceRange().endPos();
                return "at the start of <" + element.tagName() + ">";
            }
        }
        Element headline = doc.selectFirst("body h1");
        if (headline != null) {
            at[0] = end(name, headline);
            return "after the headline";
        }
        if (doc.body() != null && doc.body().sourceRange().isTracked()) {
            at[0] = doc.body().sourceRange().endPos();
            return "at the start of <body>";
        }
        throw new VoxpressException(name + ": no article body, headline or <body> tag to put the player in");
    }

    private static String describe(Element element) {
        String cls = element.className().isBlank() ? "" : "." + element.className().strip().split("\\s+")[0];
        String prop = element.hasAttr("itemprop") ? "[itemprop=" + element.attr("itemprop") + "]" : "";
        return element.tagName().toLowerCase(Locale.ROOT) + (cls.isEmpty() ? prop : cls);
    }

    private static int start(String name, Element element) {
        if (!element.sourceRange().isTracked()) {
            throw new VoxpressException(name + ": cannot locate <" + element.tagName() + "> in the page's source");
        }
        return element.sourceRange().startPos();
    }

    /** The end of the element's end tag; for a void element or one without an end tag, of its start tag. */
    private static int end(String name, Element element) {
        if (element.endSourceRange().isTracked()) return element.endSourceRange().endPos();
        if (element.tag().isSelfClosing() || element.tag().isEmpty()) return element.sourceRange().endPos();
        throw new VoxpressException(name + ": <" + element.tagName() + "> has no end tag; cannot replace it exactly");
    }
}
