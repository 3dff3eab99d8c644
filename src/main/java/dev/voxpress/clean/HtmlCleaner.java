package dev.voxpress.clean;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import dev.voxpress.source.LoadedSource;

/**
 * Cleans an HTML page: drops page furniture and widgets, picks the element that holds most of the article's
 * paragraphs (content scoring in the spirit of Readability), and reads headings, paragraphs, quotes and list
 * items from it in document order. Title and standfirst come from OpenGraph and meta tags, then the DOM.
 */
public final class HtmlCleaner implements Cleaner {
    private static final String DROPPED_TAGS = "script, style, noscript, template, nav, header, footer, aside, figure, "
            + "figcaption, form, iframe, svg, canvas, video, audio, object, embed, button, select, input, textarea, "
            + "dialog, table, pre, code, sup";
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[\\s_-])(share|social|newsletter|subscribe|donat\\w*|related|promo|advert\\w*|ads?|sponsor\\w*|"
                    + "comment\\w*|cookie\\w*|consent|modal|popup|caption|credit|byline|breadcrumbs?|"
                    + "menu|sidebar|footer|header|nav\\w*|widget|player|audio\\w*|elevenlabs\\w*|paywall|"
                    + "signup|sign-up|read-?more|more-stories|recommend\\w*|tags?|meta|author-bio|hidden)([\\s_-]|$)");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—·-]\\s+[^|–—·-]{2,60}$");

    @Override
    public Article clean(LoadedSource source) {
        TextDecoding.requireText(source);
        Document doc = parse(source);

        String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), text(doc.selectFirst("h1")),
                stripSiteSuffix(doc.title()));
        String standfirst = firstNonBlank(text(doc.selectFirst(
                "[class*=standfirst], [class*=subtitle], [class*=dek], [class*=subhead], [class*=deck]")),
                meta(doc, "og:description"), meta(doc, "description"));
        String byline = firstNonBlank(meta(doc, "author"), text(doc.selectFirst("[rel=author], [class*=byline] [class*=name]")));
        String published = firstNonBlank(meta(doc, "article:published_time"), attr(doc.selectFirst("time[datetime]"), "datetime"));
        String siteName = meta(doc, "og:site_name");
        String language = firstNonBlank(attr(doc.selectFirst("html"), "lang"), meta(doc, "og:locale"));
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(doc, "og:url"), source.location());
        String image = meta(doc, "og:image");

        Element body = doc.body();
        if (body == null) throw new CleanException(source.name(), "no readable article found");
        removeFurniture(body);
        Element content = bestContainer(body);
        List<Block> blocks = new ArrayList<>();
        if (content != null) {
            for (Element el : content.select("h2, h3, h4, h5, h6, p, blockquote, li")) {
                if (el.parents().stream().anyMatch(p -> p.nameIs("blockquote") || p.nameIs("li")) && !el.nameIs("li")) {
                    continue;
                }
                String text = el.text().strip();
                if (text.isEmpty()) continue;
                Block.Type type = switch (el.normalName()) {
                    case "blockquote" -> Block.Type.QUOTE;
                    case "li" -> Block.Type.LIST_ITEM;
                    case "p" -> Block.Type.PARAGRAPH;
                    default -> Block.Type.HEADING;
                };
                if (type == Block.Type.PARAGRAPH && text.equals(standfirst)) continue;
                blocks.add(new Block(type, text));
            }
        }
        if (title == null) throw new CleanException(source.name(), "no title found");
        String lead = standfirst;
        boolean leadRepeated = lead != null && blocks.stream().anyMatch(b -> b.text().startsWith(lead));
        return new Article(title, leadRepeated ? null : lead, byline, published, siteName, language, url, image, blocks);
    }

    private static Document parse(LoadedSource source) {
        try {
            Parser parser = Parser.htmlParser();
            String charset = source.charset() == null ? null : source.charset().name();
            String base = source.location() == null ? "" : source.location();
            return Jsoup.parse(new ByteArrayInputStream(source.body()), charset, base, parser);
        } catch (IOException | UncheckedIOException e) {
            throw new CleanException(source.name(), "cannot parse HTML: " + e.getMessage());
        }
    }

    private static void removeFurniture(Element body) {
        body.select(DROPPED_TAGS).remove();
        body.select("[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
                + "[role=complementary], [role=dialog]").remove();
        for (Element el : body.select("[style]")) {
            if (HIDDEN_STYLE.matcher(el.attr("style")).find()) el.remove();
        }
        for (Element el : body.select("[class], [id]")) {
            if (el.nameIs("body") || el.nameIs("article") || el.nameIs("main")) continue;
            String names = el.className() + " " + el.id();
            if (BOILERPLATE.matcher(names).find()) el.remove();
        }
    }

    /** Scores paragraph parents by the text they hold, as Readability does, and returns the best one. */
    private static Element bestContainer(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p")) {
            String text = p.text();
            if (text.length() < 25) continue;
            double score = 1 + text.split(",").length + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent == null) continue;
            scores.merge(parent, score, Double::sum);
            Element grandparent = parent.parent();
            if (grandparent != null) scores.merge(grandparent, score / 2, Double::sum);
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String meta(Document doc, String name) {
        Element el = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return el == null ? null : blankToNull(el.attr("content"));
    }

    private static String text(Element el) {
        return el == null ? null : blankToNull(el.text());
    }

    private static String attr(Element el, String attribute) {
        return el == null ? null : blankToNull(el.attr(attribute));
    }

    private static String stripSiteSuffix(String title) {
        if (title == null) return null;
        return blankToNull(TITLE_SUFFIX.matcher(title.strip()).replaceFirst(""));
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) return value.strip();
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT).equals("null") ? null : value.strip();
    }
}
