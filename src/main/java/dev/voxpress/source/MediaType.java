package dev.voxpress.source;

/** What kind of document a source holds, which decides the cleaner that reads it. */
public enum MediaType {
    HTML,
    TEXT,
    /** A site's own RSS or Atom feed: a list of articles rather than one. */
    FEED
}
