package dev.voxpress.publish;

import java.util.Objects;

/**
 * The podcast as a whole: what the feed's channel and the site's index page show.
 *
 * @param title        the podcast's name
 * @param description  what it is about
 * @param author       {@code itunes:author}: the publication or person shown as the podcast's author
 * @param ownerName    {@code itunes:owner} name
 * @param ownerEmail   {@code itunes:owner} e-mail
 * @param language     language tag, such as {@code en} or {@code en-US}
 * @param category     Apple Podcasts category, such as {@code News}
 * @param subcategory  Apple Podcasts subcategory, such as {@code Politics}; may be null
 * @param explicit     whether the podcast is marked explicit
 * @param artwork      the cover image, relative to the feed folder (such as {@code artwork.png})
 * @param link         the publisher's web site
 * @param baseUrl      the URL the feed folder is served from, ending in {@code /}
 * @param guid         the podcast's {@code podcast:guid}, stable for the feed's life
 * @param episodeLimit the most episodes the feed keeps; older ones are dropped
 */
public record Channel(String title, String description, String author, String ownerName, String ownerEmail,
                      String language, String category, String subcategory, boolean explicit, String artwork,
                      String link, String baseUrl, String guid, int episodeLimit) {
    public Channel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
    }

    /** An absolute URL for a path relative to the feed folder. */
    public String url(String relativePath) {
        return baseUrl + relativePath;
    }
}
