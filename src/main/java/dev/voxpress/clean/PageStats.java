package dev.voxpress.clean;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics for every element under a root, gathered in one iterative pass (no recursion, so any nesting
 * depth is safe, and linear time, so no quadratic {@code text()} calls per element).
 */
final class PageStats {
    /** Tags that start a new block of text; text directly inside one is its "own" text. */
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
            "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "hr", "address",
            "details", "summary", "center", "form", "fieldset", "body", "html", "menu", "dialog", "legend");
    /** Children that stop a div from being read as a paragraph (Readability's DIV_TO_P_ELEMS, less links and images). */
    static final Set<String> DIV_BLOCK_CHILDREN = Set.of("blockquote", "dl", "div", "ol", "p", "pre", "table", "ul",
            "select", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "footer", "main",
            "aside", "nav", "form", "li", "hr", "details", "address", "center", "fieldset");

    /** Counts for one element and its subtree. */
    static final class Stat {
        int textLen;
        int linkLen;
        int commas;
        int digits;
        int letters;
        int headingLen;
        int listItemLen;
        int paragraphs;
        int images;
        int listItems;
        int inputs;
        int embeds;
        int tableHeaders;
        /** Text whose nearest block ancestor is this element. */
        int ownLen;
        int ownCommas;
        boolean hasBlockChild;
        /** Content score, when this element is a candidate. */
        double score;
        boolean candidate;
        boolean listed;

        double linkDensity() {
            return textLen == 0 ? 0 : (double) linkLen / textLen;
        }
    }

    private final Map<Element, Stat> stats = new IdentityHashMap<>();

    Stat of(Element el) {
        Stat s = stats.get(el);
        if (s == null) {
            s = new Stat();
            stats.put(el, s);
        }
        return s;
    }

    static PageStats collect(Element root) {
        PageStats page = new PageStats();
        Deque<Stat> blocks = new ArrayDeque<>();
        int[] anchors = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    Stat s = page.of(el);
                    if (BLOCKS.contains(el.normalName())) blocks.push(s);
                    if (el.nameIs("a")) anchors[0]++;
                } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    String t = text.getWholeText();
                    int len = 0;
                    int commas = 0;
                    int digits = 0;
                    int letters = 0;
                    boolean space = true;
                    for (int i = 0; i < t.length(); i++) {
                        char c = t.charAt(i);
                        if (Character.isWhitespace(c) || c == '\u00A0') {
                            if (!space) len++;
                            space = true;
                            continue;
                        }
                        space = false;
                        len++;
                        if (c == ',' || c == '，' || c == '、' || c == '،') commas++;
                        else if (Character.isDigit(c)) digits++;
                        else if (Character.isLetter(c)) letters++;
                    }
                    if (len == 0) return;
                    Stat s = page.of(parent);
                    s.textLen += len;
                    s.commas += commas;
                    s.digits += digits;
                    s.letters += letters;
                    if (anchors[0] > 0) s.linkLen += len;
                    Stat block = blocks.peek();
                    if (block != null) {
                        block.ownLen += len;
                        block.ownCommas += commas;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element el)) return;
                Stat s = page.of(el);
                String tag = el.normalName();
                if (BLOCKS.contains(tag)) blocks.pop();
                if (el.nameIs("a")) anchors[0]--;
                if (el == root) return;
                Element parentEl = el.parent();
                if (parentEl == null) return;
                Stat p = page.of(parentEl);
                p.textLen += s.textLen;
                p.linkLen += s.linkLen;
                p.commas += s.commas;
                p.digits += s.digits;
                p.letters += s.letters;
                p.headingLen += s.headingLen;
                p.listItemLen += s.listItemLen;
                p.paragraphs += s.paragraphs;
                p.images += s.images;
                p.listItems += s.listItems;
                p.inputs += s.inputs;
                p.embeds += s.embeds;
                p.tableHeaders += s.tableHeaders;
                switch (tag) {
                    case "p" -> p.paragraphs++;
                    case "img", "picture" -> p.images++;
                    case "li" -> {
                        p.listItems++;
                        p.listItemLen += s.textLen;
                    }
                    case "input", "select", "textarea", "button" -> p.inputs++;
                    case "iframe", "embed", "object", "video", "audio" -> p.embeds++;
                    case "th", "thead", "caption" -> p.tableHeaders++;
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> p.headingLen += s.textLen;
                    default -> { }
                }
                if (DIV_BLOCK_CHILDREN.contains(tag)) p.hasBlockChild = true;
            }
        }, root);
        return page;
    }
}
