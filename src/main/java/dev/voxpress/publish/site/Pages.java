package dev.voxpress.publish.site;

import static dev.voxpress.publish.site.Html.esc;

import java.util.ArrayList;
import java.util.List;

import dev.voxpress.publish.Channel;
import dev.voxpress.publish.Episode;

/**
 * Renders the static pages: the index, one page per episode, and the compact embed page. Pages use relative
 * links only, so the folder works from any host or straight from disk; the feed URL shown for subscribing is
 * the absolute one under the channel's base URL. No inline script or style, so a strict Content-Security-Policy
 * applies.
 */
final class Pages {
    /** A gap this long between two cues starts a new paragraph (sentences pause 0.35 s, paragraphs 0.8 s). */
    static final double PARAGRAPH_GAP = 0.6;
    static final double[] SPEEDS = {0.75, 1, 1.25, 1.5, 1.75, 2};
    static final String GENERATOR = "voxpress";

    private Pages() {
    }

    static String lang(Channel channel) {
        String lang = channel.language();
        return lang == null || lang.isBlank() ? "en" : lang.strip();
    }

    private static void head(StringBuilder out, Channel channel, String title, String description, String root,
                             String css) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang(channel))).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n");
        if (description != null && !description.isBlank()) {
            out.append("<meta name=\"description\" content=\"").append(esc(description.strip())).append("\">\n");
        }
        out.append("<meta name=\"generator\" content=\"").append(GENERATOR).append("\">\n")
                .append("<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(root).append("assets/").append(css).append("\">\n")
                .append("<script src=\"").append(root).append("assets/player.js\" defer></script>\n");
    }

    /** The index: channel, subscribe links, every episode newest first. {@code episodes} come sorted. */
    static String index(Channel channel, List<Episode> episodes) {
        StringBuilder out = new StringBuilder(4096);
        head(out, channel, channel.title(), channel.description(), "", "site.css");
        out.append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").append(esc(channel.title()))
                .append("\" href=\"feed.xml\">\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#episodes\">Skip to episodes</a>\n")
                .append("<header class=\"channel\">\n");
        if (channel.artwork() != null && !channel.artwork().isBlank()) {
            out.append("<img class=\"cover\" src=\"").append(Html.path(channel.artwork()))
                    .append("\" alt=\"\" width=\"144\" height=\"144\">\n");
        }
        out.append("<div>\n<h1>").append(esc(channel.title())).append("</h1>\n");
        if (channel.description() != null && !channel.description().isBlank()) {
            out.append("<p class=\"description\">").append(esc(channel.description().strip())).append("</p>\n");
        }
        if (channel.author() != null && !channel.author().isBlank()) {
            out.append("<p class=\"meta\">By ").append(esc(channel.author())).append("</p>\n");
        }
        String site = Html.safeUrl(channel.link());
        if (site != null) out.append("<p class=\"meta\"><a href=\"").append(esc(site)).append("\">").append(esc(site))
                .append("</a></p>\n");
        out.append("</div>\n</header>\n<main>\n");
        subscribe(out, channel);
        out.append("<section id=\"episodes\" aria-labelledby=\"episodes-heading\">\n")
                .append("<h2 id=\"episodes-heading\">Episodes</h2>\n");
        if (episodes.isEmpty()) {
            out.append("<p>No episodes yet.</p>\n");
        } else {
            out.append("<ol class=\"episodes\">\n");
            for (Episode e : episodes) {
                out.append("<li>\n<article>\n<h3><a href=\"episodes/").append(Html.path(e.slug())).append(".html\">")
                        .append(esc(e.title())).append("</a></h3>\n<p class=\"meta\">");
                meta(out, e);
                out.append("</p>\n");
                if (e.description() != null && !e.description().isBlank()) {
                    out.append("<p>").append(esc(abbreviate(e.description().strip(), 300))).append("</p>\n");
                }
                out.append("</article>\n</li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("</section>\n</main>\n");
        footer(out);
        return out.toString();
    }

    private static void subscribe(StringBuilder out, Channel channel) {
        String feedUrl = channel.url("feed.xml");
        String bare = feedUrl.replaceFirst("^https?://", "");
        String encoded = java.net.URLEncoder.encode(feedUrl, java.nio.charset.StandardCharsets.UTF_8);
        out.append("<section class=\"subscribe\" aria-labelledby=\"subscribe-heading\">\n")
                .append("<h2 id=\"subscribe-heading\">Subscribe</h2>\n")
                .append("<p>Paste the feed address into your podcast app, or open it in one of these.</p>\n")
                .append("<div class=\"copy\">\n<label for=\"feed-url\">Feed address</label>\n")
                .append("<input id=\"feed-url\" type=\"url\" readonly value=\"").append(esc(feedUrl)).append("\">\n")
                .append("<button type=\"button\" data-copy=\"feed-url\">Copy</button>\n")
                .append("<output class=\"status\" for=\"feed-url\" aria-live=\"polite\"></output>\n</div>\n")
                .append("<ul class=\"apps\">\n")
                .append("<li><a href=\"feed.xml\" type=\"application/rss+xml\">RSS feed</a></li>\n")
                .append("<li><a href=\"podcast://").append(esc(bare)).append("\">Apple Podcasts</a></li>\n")
                .append("<li><a href=\"overcast://x-callback-url/add?url=").append(esc(encoded))
                .append("\">Overcast</a></li>\n")
                .append("<li><a href=\"pktc://subscribe/").append(esc(bare)).append("\">Pocket Casts</a></li>\n")
                .append("<li><a href=\"antennapod-subscribe://").append(esc(bare)).append("\">AntennaPod</a></li>\n")
                .append("</ul>\n</section>\n");
    }

    private static void meta(StringBuilder out, Episode e) {
        out.append("<time datetime=\"").append(e.published().toString()).append("\">").append(Html.date(e.published()))
                .append("</time> · <time datetime=\"").append(Html.isoDuration(e.seconds())).append("\">")
                .append(Html.clock(e.seconds())).append("</time>");
    }

    private static void footer(StringBuilder out) {
        out.append("<footer class=\"site\"><p>Narrated and published with voxpress.</p></footer>\n</body>\n</html>\n");
    }

    /** An episode's page: details, player, transcript. */
    static String episode(Channel channel, Episode e, List<WebVtt.Cue> cues) {
        StringBuilder out = new StringBuilder(8192 + cues.size() * 160);
        head(out, channel, e.title() + " · " + channel.title(), e.description(), "../", "site.css");
        out.append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").append(esc(channel.title()))
                .append("\" href=\"../feed.xml\">\n</head>\n<body>\n");
        if (!cues.isEmpty()) out.append("<a class=\"skip\" href=\"#transcript\">Skip to transcript</a>\n");
        out.append("<header class=\"site\"><a href=\"../index.html\">").append(esc(channel.title()))
                .append("</a></header>\n<main>\n<article class=\"episode\" data-player>\n<h1>")
                .append(esc(e.title())).append("</h1>\n<p class=\"meta\">");
        meta(out, e);
        String link = Html.safeUrl(e.link());
        if (link != null) out.append(" · <a href=\"").append(esc(link)).append("\">Original article</a>");
        out.append("</p>\n");
        if (e.byline() != null && !e.byline().isBlank()) {
            out.append("<p class=\"byline\">By ").append(esc(e.byline())).append("</p>\n");
        }
        if (e.description() != null && !e.description().isBlank()) {
            out.append("<p class=\"description\">").append(esc(e.description().strip())).append("</p>\n");
        }
        player(out, channel, e, "../", false);
        out.append("<p class=\"download\"><a href=\"../").append(Html.path(e.audio()))
                .append("\" download>Download the MP3</a>");
        if (e.vtt() != null) out.append(" · <a href=\"../").append(Html.path(e.vtt())).append("\">Transcript (WebVTT)</a>");
        out.append("</p>\n");
        transcript(out, cues);
        out.append("</article>\n</main>\n");
        footer(out);
        return out.toString();
    }

    private static void player(StringBuilder out, Channel channel, Episode e, String root, boolean compact) {
        String audioId = compact ? "audio" : "audio-" + e.slug();
        out.append("<div class=\"player\" role=\"group\" aria-label=\"Audio player\">\n")
                .append("<audio id=\"").append(esc(audioId)).append("\" controls preload=\"metadata\" src=\"")
                .append(root).append(Html.path(e.audio())).append("\" data-duration=\"").append(Html.secs(e.seconds()))
                .append("\" aria-label=\"Narration: ").append(esc(e.title())).append("\">\n");
        if (e.vtt() != null && !compact) {
            out.append("<track kind=\"captions\" src=\"").append(root).append(Html.path(e.vtt())).append("\" srclang=\"")
                    .append(esc(lang(channel))).append("\" label=\"Transcript\" default>\n");
        }
        out.append("<a href=\"").append(root).append(Html.path(e.audio())).append("\">Listen to the MP3</a>\n")
                .append("</audio>\n<div class=\"controls\">\n")
                .append("<button type=\"button\" data-skip=\"-15\" aria-controls=\"").append(esc(audioId))
                .append("\"><span aria-hidden=\"true\">−15 s</span><span class=\"visually-hidden\">Back 15 seconds</span></button>\n")
                .append("<button type=\"button\" data-skip=\"15\" aria-controls=\"").append(esc(audioId))
                .append("\"><span aria-hidden=\"true\">+15 s</span><span class=\"visually-hidden\">Forward 15 seconds</span></button>\n");
        String speedId = "speed-" + (compact ? "embed" : e.slug());
        out.append("<label for=\"").append(esc(speedId)).append("\">Speed</label>\n<select id=\"").append(esc(speedId))
                .append("\" data-speed aria-controls=\"").append(esc(audioId)).append("\">\n");
        for (double s : SPEEDS) {
            String value = s == Math.rint(s) ? String.valueOf((int) s) : String.valueOf(s);
            out.append("<option value=\"").append(value).append("\"").append(s == 1 ? " selected" : "").append(">")
                    .append(value).append("×</option>\n");
        }
        out.append("</select>\n</div>\n</div>\n");
    }

    private static void transcript(StringBuilder out, List<WebVtt.Cue> cues) {
        if (cues.isEmpty()) return;
        out.append("<section id=\"transcript\" class=\"transcript\" aria-labelledby=\"transcript-heading\">\n")
                .append("<h2 id=\"transcript-heading\">Transcript</h2>\n")
                .append("<p class=\"hint\">Select a sentence to play from there.</p>\n");
        for (List<WebVtt.Cue> paragraph : paragraphs(cues)) {
            out.append("<p>");
            boolean first = true;
            for (WebVtt.Cue cue : paragraph) {
                if (!first) out.append(' ');
                first = false;
                out.append("<a class=\"cue\" href=\"#t=").append(Html.secs(cue.start())).append("\" data-start=\"")
                        .append(Html.secs(cue.start())).append("\" data-end=\"").append(Html.secs(cue.end())).append("\">")
                        .append(esc(cue.text())).append("</a>");
            }
            out.append("</p>\n");
        }
        out.append("</section>\n");
    }

    /** Groups cues into paragraphs at long pauses. */
    static List<List<WebVtt.Cue>> paragraphs(List<WebVtt.Cue> cues) {
        List<List<WebVtt.Cue>> paragraphs = new ArrayList<>();
        List<WebVtt.Cue> current = new ArrayList<>();
        WebVtt.Cue previous = null;
        for (WebVtt.Cue cue : cues) {
            if (cue.text().isBlank()) continue;
            if (previous != null && cue.start() - previous.end() >= PARAGRAPH_GAP && !current.isEmpty()) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
            current.add(cue);
            previous = cue;
        }
        if (!current.isEmpty()) paragraphs.add(current);
        return paragraphs;
    }

    /** The compact page for an iframe: title, player, skip and speed controls; about 90 px tall. */
    static String embed(Channel channel, Episode e) {
        StringBuilder out = new StringBuilder(2048);
        head(out, channel, e.title() + " · " + channel.title(), null, "../", "embed.css");
        out.append("</head>\n<body class=\"embed\">\n<main class=\"embed\" data-player>\n<p class=\"title\"><a href=\"../episodes/")
                .append(Html.path(e.slug())).append(".html\" target=\"_blank\" rel=\"noopener\">")
                .append(esc(e.title())).append("</a> <span class=\"meta\">").append(esc(channel.title())).append(" · ")
                .append(Html.clock(e.seconds())).append("</span></p>\n");
        player(out, channel, e, "../", true);
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    static String abbreviate(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
