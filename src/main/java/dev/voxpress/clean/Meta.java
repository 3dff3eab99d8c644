package dev.voxpress.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself: title, standfirst, byline, date, site name, language, canonical URL and lead
 * image, read from JSON-LD, OpenGraph, other meta tags, {@code <time>} and the DOM, in that order of trust.
 * It reads the unmodified document, before any cleaning.
 */
final class Meta {
    /** Separators between a headline and a site name in a {@code <title>}. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—\\\\/>»·:]{1,2}\\s+|\\s+::\\s+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B]+");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^(by|written by|words by|von|par|por|di)[:\\s]+");
    private static final Pattern STANDFIRST_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(standfirst|dek|deck|subtitle|sub-title|subhead|subheadline|subheading|strapline|"
                    + "summary|excerpt|article-description)([\\s_-]|$)");

    String title;
    String standfirst;
    String byline;
    String published;
    String siteName;
    String language;
    String url;
    String image;
    /** The page's description or summary: a standfirst candidate when the DOM has no deck. */
    String description;
    /** The elements holding the standfirst and the title heading in the DOM, if found there. */
    Element standfirstElement;

    static Meta of(Document doc, String location) {
        Meta m = new Meta();
        JsonLd ld = JsonLd.of(doc);

        m.siteName = first(ld.publisher(), meta(doc, "og:site_name"), meta(doc, "application-name"),
                meta(doc, "twitter:site:name"));
        String docTitle = clean(doc.title());
        String rawTitle = first(headline(ld, docTitle), meta(doc, "og:title"), meta(doc, "twitter:title"),
                meta(doc, "dc.title"), meta(doc, "dcterm:title"), meta(doc, "parsely-title"), meta(doc, "sailthru.title"));
        m.title = rawTitle != null ? stripSite(rawTitle, m.siteName, doc) : titleFromDocument(docTitle, doc);
        if (m.title == null) m.title = text(doc.selectFirst("h1"));
        if (m.title == null) m.title = docTitle;

        m.byline = first(ld.authors(), meta(doc, "dc.creator"), meta(doc, "dcterm:creator"), nonUrl(meta(doc, "author")),
                meta(doc, "parsely-author"), meta(doc, "sailthru.author"), nonUrl(meta(doc, "article:author")));
        if (m.byline == null) m.byline = domByline(doc);
        if (m.byline != null) m.byline = byline(m.byline);

        m.published = first(ld.text("datePublished"), meta(doc, "article:published_time"), meta(doc, "og:published_time"),
                meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "publish-date"),
                meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "dcterms.created"), meta(doc, "parsely-pub-date"),
                meta(doc, "sailthru.date"), meta(doc, "date"), ld.text("dateCreated"),
                attr(doc.selectFirst("[itemprop=datePublished]"), "content"),
                attr(doc.selectFirst("[itemprop=datePublished][datetime], time[pubdate][datetime]"), "datetime"),
                attr(doc.selectFirst("article time[datetime], time[datetime]"), "datetime"));

        String locale = meta(doc, "og:locale");
        m.language = first(ld.text("inLanguage"), attr(doc.selectFirst("html"), "lang"),
                attr(doc.selectFirst("meta[http-equiv~=(?i)content-language]"), "content"), meta(doc, "language"),
                meta(doc, "dc.language"), locale == null ? null : locale.replace('_', '-'));

        m.url = first(absolute(doc, attr(doc.selectFirst("link[rel~=(?i)^canonical$]"), "href")),
                absolute(doc, meta(doc, "og:url")), absolute(doc, ld.text("url")), location);
        m.image = first(absolute(doc, ld.image()), absolute(doc, meta(doc, "og:image")),
                absolute(doc, meta(doc, "og:image:url")), absolute(doc, meta(doc, "twitter:image")),
                absolute(doc, meta(doc, "twitter:image:src")), absolute(doc, attr(doc.selectFirst("link[rel=image_src]"), "href")));

        m.description = first(ld.text("description"), meta(doc, "og:description"), meta(doc, "description"),
                meta(doc, "twitter:description"));
        m.findStandfirst(doc, ld);
        return m;
    }

    /**
     * The JSON-LD headline; when the object also has a different name, the one closer to the page's
     * {@code <title>} (some sites put a description in one of them).
     */
    private static String headline(JsonLd ld, String docTitle) {
        String headline = ld.text("headline");
        String name = ld.text("name");
        if (headline == null || name == null || headline.equals(name) || docTitle == null) return first(headline, name);
        return overlap(name, docTitle) > overlap(headline, docTitle) ? name : headline;
    }

    private static double overlap(String a, String b) {
        java.util.Set<String> words = new java.util.HashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("\\W+")));
        String[] own = a.toLowerCase(Locale.ROOT).split("\\W+");
        int common = 0;
        for (String w : own) if (words.contains(w)) common++;
        return own.length == 0 ? 0 : (double) common / own.length;
    }

    /** A deck under the headline in the DOM, else a subtitle in the metadata; descriptions are checked later. */
    private void findStandfirst(Document doc, JsonLd ld) {
        Element body = doc.body();
        if (body != null) {
            int seen = 0;
            for (Element el : body.select("[class], [id], [itemprop]")) {
                if (++seen > 20_000) break;
                String names = el.className() + " " + el.id();
                boolean itemprop = el.attr("itemprop").equalsIgnoreCase("description")
                        || el.attr("itemprop").equalsIgnoreCase("alternativeHeadline");
                if (!itemprop && !STANDFIRST_CLASS.matcher(names).find()) continue;
                if (el.nameIs("meta") || el.nameIs("body") || el.nameIs("article") || el.nameIs("main")) continue;
                String text = text(el);
                if (text == null || text.length() < 20 || text.length() > 400) continue;
                if (text.equals(title) || words(text) < 4) continue;
                if (el.closest("nav, footer, aside, [role=navigation], figure, li") != null) continue;
                standfirst = text;
                standfirstElement = el;
                return;
            }
        }
        standfirst = first(ld.text("alternativeHeadline"), meta(doc, "subtitle"));
    }


    /** Readability's rules for a {@code <title>}: drop the site part after (or before) a separator. */
    static String titleFromDocument(String docTitle, Document doc) {
        if (docTitle == null) return null;
        List<String> headings = new ArrayList<>();
        for (Element h : doc.select("h1, h2")) {
            if (headings.size() > 50) break;
            String t = text(h);
            if (t != null) headings.add(t);
        }
        for (String h : headings) {
            if (h.equals(docTitle)) return docTitle;
        }
        Matcher sep = SEPARATOR.matcher(docTitle);
        List<int[]> seps = new ArrayList<>();
        while (sep.find()) seps.add(new int[] {sep.start(), sep.end()});
        if (seps.isEmpty()) return docTitle;
        // A heading that matches one part of the title is the headline.
        for (String h : headings) {
            if (words(h) >= 2 && docTitle.contains(h) && h.length() >= docTitle.length() / 3) return h;
        }
        int[] last = seps.get(seps.size() - 1);
        String head = docTitle.substring(0, last[0]).strip();
        if (words(head) >= 3) return head;
        int[] firstSep = seps.get(0);
        String tail = docTitle.substring(firstSep[1]).strip();
        if (words(tail) >= 3) return tail;
        return docTitle;
    }

    /** Drops a " | Site" suffix or "Site: " prefix when the other part names the site or is not the headline. */
    static String stripSite(String title, String siteName, Document doc) {
        Matcher sep = SEPARATOR.matcher(title);
        int[] last = null;
        int[] firstSep = null;
        while (sep.find()) {
            if (firstSep == null) firstSep = new int[] {sep.start(), sep.end()};
            last = new int[] {sep.start(), sep.end()};
        }
        if (last == null) return title;
        String head = title.substring(0, last[0]).strip();
        String tail = title.substring(last[1]).strip();
        if (siteName != null && similar(tail, siteName) && words(head) >= 2) return head;
        String lead = title.substring(0, firstSep[0]).strip();
        String rest = title.substring(firstSep[1]).strip();
        if (siteName != null && similar(lead, siteName) && words(rest) >= 2) return rest;
        String docTitle = clean(doc.title());
        if (docTitle != null && !docTitle.equals(title) && docTitle.endsWith(tail) && words(tail) <= 4 && words(head) >= 3
                && title.substring(last[0]).strip().length() < title.length() / 2) {
            return head;
        }
        return title;
    }

    private static boolean similar(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.contains(y) || y.contains(x));
    }

    /** The text of a byline element in the DOM (rel=author, itemprop=author, a byline class), or null. */
    private static String domByline(Document doc) {
        Element body = doc.body();
        if (body == null) return null;
        for (Element el : body.select("[rel=author], [itemprop~=author], [class~=(?i)byline|author], [id~=(?i)byline]")) {
            if (el.closest("footer, aside, nav, [class~=(?i)comment]") != null) continue;
            Element name = el.selectFirst("[itemprop=name]");
            String text = text(name != null ? name : el);
            if (text != null && text.length() < 100 && words(text) <= 12 && !text.contains("http")) return text;
        }
        return null;
    }

    static String byline(String raw) {
        String s = BY_PREFIX.matcher(raw.strip()).replaceFirst("").strip();
        return s.isEmpty() ? null : s;
    }

    /** The content of the first meta tag with this property, name or itemprop (property wins), or null. */
    static String meta(Document doc, String name) {
        String byName = null;
        for (Element el : doc.getElementsByTag("meta")) {
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                String key = el.attr(attribute);
                if (key.isEmpty()) continue;
                for (String k : key.split("\\s+")) {
                    if (!k.equalsIgnoreCase(name)) continue;
                    String v = clean(el.attr("content"));
                    if (v == null) continue;
                    if (attribute.equals("property")) return v;
                    if (byName == null) byName = v;
                }
            }
        }
        return byName;
    }

    private static String absolute(Document doc, String href) {
        if (href == null) return null;
        if (href.startsWith("http://") || href.startsWith("https://")) return href;
        if (href.startsWith("data:") || href.startsWith("javascript:")) return null;
        String base = doc.location();
        if (base == null || base.isEmpty()) return href;
        try {
            return java.net.URI.create(base).resolve(href.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return href;
        }
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http") || s.startsWith("@") ? null : s;
    }

    static String text(Element el) {
        return el == null ? null : clean(el.text());
    }

    static String attr(Element el, String attribute) {
        return el == null ? null : clean(el.attr(attribute));
    }

    /** Collapses whitespace; blank and "null" are null. */
    static String clean(String value) {
        if (value == null) return null;
        String s = SPACES.matcher(value).replaceAll(" ").strip();
        return s.isEmpty() || s.equalsIgnoreCase("null") || s.equalsIgnoreCase("undefined") ? null : s;
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }

    static int words(String s) {
        if (s == null || s.isBlank()) return 0;
        return s.strip().split("\\s+").length;
    }
}
