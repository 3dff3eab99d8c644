package dev.voxpress.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the article's elements into blocks in document order: headings, paragraphs, quotes and list items.
 * Leaves out what a listener should not hear even inside the article: figures and captions, code blocks, tables
 * of numbers and footnote markers. One iterative pass.
 */
final class BlockWriter {

    /** A block and the share of its text that was link text. */
    private static final Pattern CODE_NAMES = Pattern.compile("code|highlight|syntax|lang-|language-|source|prettyprint|brush|console|shell|terminal");

    record Written(Block block, double linkShare) {
    }

    private final ContentFinder.Content content;
    private final List<Written> out = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Deque<Block.Type> types = new ArrayDeque<>();
    private int linkChars;
    private int anchors;
    private int breaks;

    private BlockWriter(ContentFinder.Content content) {
        this.content = content;
    }

    static List<Written> write(ContentFinder.Content content) {
        BlockWriter w = new BlockWriter(content);
        for (Element root : content.roots()) w.writeRoot(root);
        w.flush();
        return w.out;
    }

    private void writeRoot(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element el)) return FilterResult.CONTINUE;
                if (content.removed().containsKey(el) || skipped(el)) return FilterResult.SKIP_ENTIRELY;
                String tag = el.normalName();
                if (tag.equals("pre")) {
                    preformatted(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    if (++breaks >= 2) flush();
                    else space();
                    return FilterResult.CONTINUE;
                }
                if (tag.equals("a")) anchors++;
                if (PageStats.BLOCKS.contains(tag)) {
                    flush();
                    types.push(typeOf(tag));
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element el)) return FilterResult.CONTINUE;
                String tag = el.normalName();
                if (tag.equals("a")) anchors--;
                if (PageStats.BLOCKS.contains(tag)) {
                    flush();
                    types.pop();
                } else if (tag.equals("td") || tag.equals("th")) {
                    space();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private Block.Type typeOf(String tag) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Type.HEADING;
            case "li" -> Block.Type.LIST_ITEM;
            case "blockquote" -> Block.Type.QUOTE;
            default -> types.isEmpty() ? Block.Type.PARAGRAPH : types.peek();
        };
    }

    /** Elements left out inside the article. */
    private boolean skipped(Element el) {
        switch (el.normalName()) {
            case "figure", "figcaption", "picture", "img", "hr", "caption", "kbd", "samp" -> {
                return true;
            }
            case "sup" -> {
                PageStats.Stat s = content.stats().of(el);
                // Footnote markers: [1], 12, *, a (from stats: calling text() here would be quadratic on nested sups).
                return s.textLen <= 8 && (s.letters <= 1 && s.digits <= 3 || s.linkLen == s.textLen);
            }
            case "table" -> {
                PageStats.Stat s = content.stats().of(el);
                int chars = s.digits + s.letters;
                return chars == 0 || s.digits * 4 >= chars;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * A {@code <pre>}: code is left out; preformatted prose (plain-text documents, poems) is read, one paragraph per
     * run of lines between blank lines.
     */
    private void preformatted(Element pre) {
        flush();
        String names = (pre.className() + " " + pre.id()).toLowerCase(java.util.Locale.ROOT);
        if (CODE_NAMES.matcher(names).find() || pre.selectFirst("code") != null) return;
        String whole = pre.wholeText();
        int symbols = 0;
        int visible = 0;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (Character.isWhitespace(c)) continue;
            visible++;
            if ("{}[]();=<>+*/\\|&$#_~^`@".indexOf(c) >= 0) symbols++;
        }
        if (visible == 0 || symbols * 100 > visible * 4) return;
        types.push(types.isEmpty() ? Block.Type.PARAGRAPH : types.peek());
        for (String paragraph : whole.split("\\n\\s*\\n")) {
            append(paragraph);
            flush();
        }
        types.pop();
    }

    private void space() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
    }

    private void append(String raw) {
        boolean any = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF') {
                if (c == '\u200B' || c == '\uFEFF') continue;
                space();
            } else {
                if (!any && breaks == 1) space();
                any = true;
                text.append(c);
                if (anchors > 0) linkChars++;
            }
        }
        if (any) breaks = 0;
    }

    private void flush() {
        breaks = 0;
        String t = text.toString().strip();
        int links = linkChars;
        text.setLength(0);
        linkChars = 0;
        if (t.isEmpty()) return;
        Block.Type type = types.isEmpty() ? Block.Type.PARAGRAPH : types.peek();
        out.add(new Written(new Block(type, t), Math.min(1.0, (double) links / t.length())));
    }
}
