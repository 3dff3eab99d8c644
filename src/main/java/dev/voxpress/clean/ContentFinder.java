package dev.voxpress.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article body in a page's DOM, in the spirit of Readability: strip what is never content, score
 * paragraph containers by their text, pick the best and its related siblings, then drop conditionally the
 * parts of it that look like link lists, forms or widgets. Every traversal is iterative and linear.
 */
final class ContentFinder {
    /** Pass options; a retry with fewer of them runs when the first pass finds too little text. */
    record Flags(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
        static final List<Flags> ATTEMPTS = List.of(new Flags(true, true, true), new Flags(false, true, true),
                new Flags(false, false, true), new Flags(false, false, false));
    }

    /** Tags never read aloud, whatever they hold. */
    static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "video", "audio", "source", "track", "button", "select", "textarea",
            "option", "dialog", "nav", "map", "link", "meta", "math", "figcaption", "head", "title", "frame",
            "frameset", "applet", "label");
    private static final Set<String> DROPPED_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog", "banner", "contentinfo", "search", "toolbar", "tablist", "status", "marquee");
    private static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|"
            + "cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
            + "skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote");
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|mathjax|shadow");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|"
            + "com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|"
            + "skyscraper|sponsor|shopping|tags|widget");
    private static final Pattern BYLINE = Pattern.compile("(?i)byline|author|dateline|writtenby|p-author");
    /** Class or id words that mark things a listener should not hear. Matched as whole words of the name. */
    private static final Set<String> BOILERPLATE = Set.of("share", "sharing", "sharebar", "social", "newsletter",
            "newsletters", "subscribe", "subscription", "donate", "donation", "donations", "paywall", "cookie", "cookies",
            "consent", "gdpr", "related", "recommended", "recommendations", "recirc", "promo", "promotion", "advert",
            "advertisement", "advertising", "ad", "ads", "adslot", "adunit", "dfp", "sponsored", "caption", "captions",
            "credit", "credits", "byline", "audio", "player", "podcast", "elevenlabs", "audionative", "breadcrumb",
            "breadcrumbs", "toolbar", "popup", "modal", "overlay", "signup", "disqus", "outbrain", "taboola", "comments",
            "sronly", "sr", "visuallyhidden", "screenreader", "hidden", "print", "tags", "taglist", "readmore",
            "morestories", "trending", "mostread", "popular", "skip", "skiplink", "banner", "masthead", "sidebar",
            "newsletterbox", "nocontent", "noprint");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern NAME_WORDS = Pattern.compile("[^\\p{Alnum}]+|(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Set<String> CONDITIONAL = Set.of("form", "fieldset", "table", "ul", "ol", "div", "section", "dl");

    private final Flags flags;
    private final Element body;
    private final int bodyTextLen;
    private final PageStats before;
    private PageStats stats;
    private final Map<Element, Boolean> removed = new IdentityHashMap<>();

    private ContentFinder(Element body, Flags flags) {
        this.body = body;
        this.flags = flags;
        this.before = PageStats.collect(body);
        this.bodyTextLen = before.of(body).textLen;
    }

    /** The result: the elements that hold the article, in order, and those inside them to leave out. */
    record Content(List<Element> roots, Map<Element, Boolean> removed, PageStats stats) {
    }

    static Content find(Element body, Flags flags) {
        ContentFinder f = new ContentFinder(body, flags);
        f.prune();
        f.stats = PageStats.collect(body);
        List<Element> roots = f.pick();
        if (flags.cleanConditionally()) f.cleanConditionally(roots);
        return new Content(roots, f.removed, f.stats);
    }

    /** Removes from the DOM what is never content: furniture, widgets, hidden text. */
    private void prune() {
        int[] tableOrCode = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el)) return FilterResult.CONTINUE;
                String tag = el.normalName();
                if (el == body) return FilterResult.CONTINUE;
                if (DROPPED_TAGS.contains(tag)) return FilterResult.REMOVE;
                if (isHidden(el)) return FilterResult.REMOVE;
                String role = el.attr("role").toLowerCase(Locale.ROOT);
                if (DROPPED_ROLES.contains(role) || el.attr("aria-modal").equals("true")) return FilterResult.REMOVE;
                boolean big = isBig(el);
                String names = names(el);
                if (!big && isByline(el, names)) return FilterResult.REMOVE;
                boolean structural = tag.equals("article") || tag.equals("main") || tag.equals("a");
                if (!big && !structural && !names.isBlank()) {
                    if (flags.stripUnlikely() && tableOrCode[0] == 0 && UNLIKELY.matcher(names).find()
                            && !MAYBE.matcher(names).find()) {
                        return FilterResult.REMOVE;
                    }
                    if (flags.stripUnlikely() && hasBoilerplateWord(names) && !isProse(el)) return FilterResult.REMOVE;
                }
                if (!big && (tag.equals("header") || tag.equals("footer") || tag.equals("aside"))) return FilterResult.REMOVE;
                if (tag.equals("table") || tag.equals("code") || tag.equals("pre")) tableOrCode[0]++;
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && (el.nameIs("table") || el.nameIs("code") || el.nameIs("pre"))) {
                    tableOrCode[0]--;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    static boolean isHidden(Element el) {
        if (el.hasAttr("hidden")) return true;
        if (el.attr("aria-hidden").equalsIgnoreCase("true") && !el.className().contains("fallback-image")) return true;
        String style = el.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    /** Holds half the page's text and some paragraphs: never pruned by its name alone. */
    private boolean isBig(Element el) {
        PageStats.Stat s = before.of(el);
        return s.textLen > 500 && s.textLen * 2 > bodyTextLen && s.paragraphs >= 2;
    }

    /** Several paragraphs of unlinked text: a wrapper of the article, whatever widget its name mentions. */
    private boolean isProse(Element el) {
        PageStats.Stat s = before.of(el);
        return s.paragraphs >= 3 && s.textLen >= 600 && s.linkDensity() < 0.3;
    }

    private boolean isByline(Element el, String names) {
        boolean marked = el.attr("rel").equalsIgnoreCase("author") || el.attr("itemprop").toLowerCase(Locale.ROOT).contains("author")
                || (!names.isBlank() && BYLINE.matcher(names).find());
        if (!marked) return false;
        int len = before.of(el).textLen;
        return len > 0 && len < 100;
    }

    static String names(Element el) {
        String cls = el.attr("class");
        String id = el.id();
        return cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id;
    }

    static boolean hasBoilerplateWord(String names) {
        for (String word : NAME_WORDS.split(names)) {
            if (!word.isEmpty() && BOILERPLATE.contains(word.toLowerCase(Locale.ROOT))) return true;
        }
        // Compound names written without separators ("sharebuttons", "relatedarticles").
        String lower = names.toLowerCase(Locale.ROOT);
        return lower.contains("newsletter") || lower.contains("elevenlabs") || lower.contains("audionative")
                || lower.contains("paywall") || lower.contains("subscribe") || lower.contains("donate")
                || lower.contains("cookie-") || lower.contains("social-") || lower.contains("share-")
                || lower.contains("-share") || lower.contains("sharing") || lower.contains("related-")
                || lower.contains("advert");
    }

    private double classWeight(Element el) {
        if (!flags.weightClasses()) return 0;
        double weight = 0;
        String cls = el.attr("class");
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) weight -= 25;
            if (POSITIVE.matcher(cls).find()) weight += 25;
        }
        String id = el.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) weight -= 25;
            if (POSITIVE.matcher(id).find()) weight += 25;
        }
        return weight;
    }

    private PageStats.Stat candidate(Element el) {
        PageStats.Stat s = stats.of(el);
        if (!s.candidate) {
            s.candidate = true;
            s.score = switch (el.normalName()) {
                case "div" -> 5;
                case "pre", "td", "blockquote" -> 3;
                case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                default -> 0;
            } + classWeight(el);
        }
        return s;
    }

    /** Scores paragraph containers and returns the top candidate with its related siblings. */
    private List<Element> pick() {
        List<Element> candidates = new ArrayList<>();
        for (Element el : body.getAllElements()) {
            String tag = el.normalName();
            PageStats.Stat s = stats.of(el);
            boolean paragraph = tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("section")
                    || (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6');
            boolean divLike = tag.equals("div") || tag.equals("article") || tag.equals("main") || tag.equals("section")
                    || tag.equals("blockquote") || tag.equals("dd") || tag.equals("center") || tag.equals("span");
            int len;
            int commas;
            Element first;
            if (tag.equals("p") || (divLike && !s.hasBlockChild && !tag.equals("span"))) {
                len = s.textLen;
                commas = s.commas;
                first = el.parent();
            } else if (divLike && s.hasBlockChild) {
                // Loose text among blocks: Readability wraps it in a paragraph inside this element.
                len = s.ownLen;
                commas = s.ownCommas;
                first = el;
            } else if (paragraph) {
                len = s.textLen;
                commas = s.commas;
                first = el.parent();
            } else {
                continue;
            }
            if (len < 25 || first == null) continue;
            double score = 1 + commas + Math.min(len / 100, 3);
            Element ancestor = first;
            for (int level = 0; level < 5 && ancestor != null && ancestor.parent() != null; level++) {
                PageStats.Stat a = candidate(ancestor);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                a.score += score / divider;
                if (!a.listed) {
                    candidates.add(ancestor);
                    a.listed = true;
                }
                ancestor = ancestor.parent();
            }
        }
        if (candidates.isEmpty()) return List.of(body);
        for (Element c : candidates) {
            PageStats.Stat s = stats.of(c);
            s.score *= 1 - s.linkDensity();
        }
        List<Element> sorted = new ArrayList<>(candidates);
        sorted.sort((a, b) -> Double.compare(stats.of(b).score, stats.of(a).score));
        Element top = sorted.get(0);
        if (top == body || top.nameIs("html")) return List.of(body);
        double topScore = stats.of(top).score;

        // When several strong candidates share an ancestor, the article is that ancestor.
        List<List<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(sorted.size(), 5); i++) {
            if (stats.of(sorted.get(i)).score / topScore >= 0.75) alternatives.add(ancestors(sorted.get(i)));
        }
        if (alternatives.size() >= 3) {
            Element parent = top.parent();
            while (parent != null && parent != body) {
                int lists = 0;
                for (List<Element> list : alternatives) {
                    if (containsIdentity(list, parent)) lists++;
                }
                if (lists >= 3) {
                    top = parent;
                    break;
                }
                parent = parent.parent();
            }
            candidate(top);
        }

        // Climb while the parent scores better: the article's paragraphs are split between children.
        Element parent = top.parent();
        double lastScore = stats.of(top).score;
        double threshold = lastScore / 3;
        while (parent != null && parent != body) {
            PageStats.Stat p = stats.of(parent);
            if (!p.candidate) {
                parent = parent.parent();
                continue;
            }
            if (p.score < threshold) break;
            if (p.score > lastScore) {
                top = parent;
                break;
            }
            lastScore = p.score;
            parent = parent.parent();
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) top = top.parent();
        candidate(top);

        // Siblings that belong to the article: scored well, or paragraphs of prose.
        Element container = top.parent();
        if (container == null) return List.of(top);
        topScore = stats.of(top).score;
        double siblingThreshold = Math.max(10, topScore * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : container.children()) {
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            PageStats.Stat s = stats.of(sibling);
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (s.candidate && s.score + bonus >= siblingThreshold) {
                roots.add(sibling);
            } else if (sibling.nameIs("p") || (sibling.nameIs("div") && !s.hasBlockChild)) {
                double density = s.linkDensity();
                if (s.textLen > 80 && density < 0.25) roots.add(sibling);
                else if (s.textLen > 0 && s.textLen <= 80 && density == 0 && endsSentence(sibling)) roots.add(sibling);
            }
        }
        return roots;
    }

    private static boolean endsSentence(Element el) {
        String text = el.text();
        return text.matches("(?s).*\\.( .*|$)");
    }

    private static List<Element> ancestors(Element el) {
        List<Element> out = new ArrayList<>();
        for (Element p = el.parent(); p != null; p = p.parent()) out.add(p);
        return out;
    }

    private static boolean containsIdentity(List<Element> list, Element el) {
        for (Element e : list) {
            if (e == el) return true;
        }
        return false;
    }

    /** Marks for removal the lists, forms and boxes inside the content that look like furniture. */
    private void cleanConditionally(List<Element> roots) {
        int[] dataTable = {0};
        for (Element root : roots) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element el)) return FilterResult.CONTINUE;
                    String tag = el.normalName();
                    if (tag.equals("table") && isDataTable(el)) {
                        dataTable[0]++;
                        return FilterResult.CONTINUE;
                    }
                    if (tag.equals("pre") || tag.equals("code")) return FilterResult.SKIP_ENTIRELY;
                    if ((tag.equals("h1") || tag.equals("h2")) && classWeight(el) < 0) return drop(el);
                    if (dataTable[0] > 0 || !CONDITIONAL.contains(tag) || depth == 0 && roots.size() == 1) {
                        return FilterResult.CONTINUE;
                    }
                    return shouldRemove(el) ? drop(el) : FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element el && el.nameIs("table") && dataTable[0] > 0 && isDataTable(el)) dataTable[0]--;
                    return FilterResult.CONTINUE;
                }
            }, root);
        }
    }

    private NodeFilter.FilterResult drop(Element el) {
        removed.put(el, Boolean.TRUE);
        return NodeFilter.FilterResult.SKIP_ENTIRELY;
    }

    private boolean isDataTable(Element table) {
        if (table.attr("role").equalsIgnoreCase("presentation") || table.attr("datatable").equals("0")) return false;
        PageStats.Stat s = stats.of(table);
        return s.tableHeaders > 0 || !table.attr("summary").isEmpty();
    }

    private boolean shouldRemove(Element el) {
        PageStats.Stat s = stats.of(el);
        double weight = classWeight(el);
        double score = s.candidate ? s.score : 0;
        if (weight + score < 0) return true;
        if (s.commas >= 10) return false;
        String tag = el.normalName();
        boolean list = tag.equals("ul") || tag.equals("ol") || (s.textLen > 0 && (double) s.listItemLen / s.textLen > 0.9);
        int paragraphs = s.paragraphs;
        int images = s.images;
        int listItems = s.listItems - 100;
        int inputs = s.inputs;
        double linkDensity = s.linkDensity();
        int length = s.textLen;
        double headingDensity = length == 0 ? 0 : (double) s.headingLen / length;
        if (images > 1 && (double) paragraphs / images < 0.5) return true;
        if (!list && listItems > paragraphs) return true;
        if (inputs > paragraphs / 3) return true;
        if (!list && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && linkDensity > 0) return true;
        if (!list && weight < 25 && linkDensity > 0.2) return true;
        if (weight >= 25 && linkDensity > 0.5) return true;
        if ((s.embeds == 1 && length < 75) || s.embeds > 1) return true;
        if (list && linkDensity > 0.5 && s.ownLen == 0) return true;
        return false;
    }

}
