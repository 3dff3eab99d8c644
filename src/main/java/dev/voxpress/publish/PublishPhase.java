package dev.voxpress.publish;

import dev.voxpress.publish.site.SiteFile;

/**
 * The moments of a publish run at which it is about to change the feed folder, in the order a run reaches them
 * for each article; {@link PublishListener#reached} hears of each. They are where a run can be killed, and the
 * crash tests kill it at each one.
 */
public enum PublishPhase {
    /** The folder is locked; nothing is written yet. */
    LOCKED,
    /** An article's audio and sidecars are being synthesized and written. */
    NARRATING,
    /** The audio is in place; the manifest is next. */
    NARRATED,
    /** The manifest, naming the new audio, is next to be written. */
    MANIFEST,
    /** The artwork and shared assets are next. */
    ASSETS,
    /** The episode and embed pages are next. */
    PAGES,
    /** {@code feed.xml} is next. */
    FEED,
    /** {@code index.html} and {@code embed/index.json} are next. */
    INDEXES,
    /** {@code voxpress.js} is next. */
    LOADER,
    /** Pages, then media, that nothing names any more are next to be deleted. */
    DELETING;

    /** The phase in which {@code tier} is written. */
    static PublishPhase of(SiteFile.Tier tier) {
        return switch (tier) {
            case MEDIA -> NARRATING;
            case ASSETS -> ASSETS;
            case PAGES -> PAGES;
            case FEED -> FEED;
            case INDEXES -> INDEXES;
            case LOADER -> LOADER;
        };
    }
}
