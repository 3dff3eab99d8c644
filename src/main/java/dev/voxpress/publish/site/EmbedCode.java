package dev.voxpress.publish.site;

/**
 * The copy-paste snippets: for one episode, an iframe of {@code embed/<slug>.html}, full width and 90 px tall; for a
 * whole site, a placeholder element and {@code voxpress.js}, which finds each article's episode by itself. ASCII only
 * (other characters as references), so they can go into a page in any encoding.
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

    /** The id of the ElevenLabs AudioNative placeholder, which {@code voxpress.js} also fills. */
    public static final String ELEVENLABS_ID = "elevenlabs-audionative-widget";

    /**
     * The site-wide template snippet, two lines: the placeholder where the player goes (a {@code data-voxpress}
     * element, or with {@code elevenlabs} the ElevenLabs one) and the {@code voxpress.js} loader under the feed's
     * base URL.
     *
     * <pre>{@code
     * <div data-voxpress data-height="90" data-width="100%"></div>
     * <script src="https://pods.example.org/voxpress.js" async></script>
     * }</pre>
     */
    public static String site(String baseUrl, boolean elevenlabs) {
        String loader = (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + SiteWriter.LOADER;
        return "<div " + (elevenlabs ? "id=\"" + ELEVENLABS_ID + "\"" : "data-voxpress") + " data-height=\"" + HEIGHT
                + "\" data-width=\"100%\"></div>\n<script src=\"" + ascii(Html.esc(loader)) + "\" async></script>";
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
