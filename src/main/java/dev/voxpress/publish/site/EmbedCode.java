package dev.voxpress.publish.site;

/**
 * The copy-paste snippet that puts an episode's player on any page: an iframe of {@code embed/<slug>.html},
 * full width and 90 px tall. ASCII only (other characters as references), so it can go into a page in any
 * encoding.
 */
public final class EmbedCode {
    /** The class that marks the iframe as voxpress's, so {@code embed} can find and update it later. */
    public static final String CLASS = "voxpress-player";
    public static final int HEIGHT = 90;

    private EmbedCode() {
    }

    /** The embed page's URL under the feed's base URL. */
    public static String url(String baseUrl, String slug) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "embed/" + Html.path(slug) + ".html";
    }

    /** The iframe snippet, one line. */
    public static String snippet(String baseUrl, String slug, String title) {
        String label = title == null || title.isBlank() ? "Listen to this article" : "Listen: " + title.strip();
        return "<iframe class=\"" + CLASS + "\" src=\"" + ascii(Html.esc(url(baseUrl, slug))) + "\" title=\""
                + ascii(Html.esc(label)) + "\" width=\"100%\" height=\"" + HEIGHT + "\" loading=\"lazy\""
                + " style=\"display:block;width:100%;height:" + HEIGHT + "px;border:0\""
                + " referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>";
    }

    /** Replaces every non-ASCII character with a numeric character reference. */
    static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x80) out.append((char) cp);
            else out.append("&#").append(cp).append(';');
        });
        return out.toString();
    }
}
