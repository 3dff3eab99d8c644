package dev.voxpress.publish.site;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Escaping and formatting for the generated pages. */
final class Html {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Html() {
    }

    /** Escapes text for element content and double-quoted attribute values. */
    static String esc(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and newline are not allowed in HTML text.
                    if (c < 0x20 && c != '\t' && c != '\n') out.append(' ');
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Percent-encodes each segment of a relative path (keeps {@code /}); safe for an href. */
    static String path(String relative) {
        StringBuilder out = new StringBuilder();
        for (byte b : relative.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    /** An http(s) URL for an href, or null when the value is not one (no javascript: links from a feed). */
    static String safeUrl(String url) {
        if (url == null) return null;
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : null;
    }

    /** A date as people read it, such as {@code 2 March 2025} (UTC). */
    static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** A duration as {@code M:SS} or {@code H:MM:SS}, cut to the second as audio players show it. */
    static String clock(double seconds) {
        long s = Math.max(0, (long) Math.floor(seconds));
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }

    /** A duration in words for screen readers and the {@code datetime} attribute, such as {@code PT1M5S}. */
    static String isoDuration(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return "PT" + (s / 60 > 0 ? (s / 60) + "M" : "") + (s % 60) + "S";
    }

    /** Seconds with millisecond precision, for data attributes and fragments. */
    static String secs(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }
}
