package dev.voxpress.publish.site;

import java.util.Objects;

/**
 * A file of a feed folder's web side, its path relative to the folder and its place in the order of writing.
 *
 * @param tier    when it is written
 * @param path    relative to the feed folder, with {@code /}
 * @param content its bytes
 */
public record SiteFile(Tier tier, String path, byte[] content) {
    public SiteFile {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    /**
     * The order in which a publish writes a feed folder, and the one place that knows it. A file is written only
     * after every file it links to, and a file is deleted only after every file that linked to it has been
     * rewritten without the link, so a run killed at any moment leaves no link to a missing file. Writes go
     * tier by tier, in this order; deletions come after the last tier, pages before the media they used.
     */
    public enum Tier {
        /** Audio, transcripts, chapters, episode images: written by the narration, before anything names them. */
        MEDIA,
        /** The artwork and the shared styles and player script: they link to nothing. */
        ASSETS,
        /** Episode and embed pages: they link to the media and the assets. */
        PAGES,
        /** {@code feed.xml}: links to the media, the artwork and the episode pages. */
        FEED,
        /** {@code index.html} and {@code embed/index.json}: they link to the feed and the pages. */
        INDEXES,
        /** {@code voxpress.js}: it reads {@code embed/index.json}. */
        LOADER
    }
}
