package dev.voxpress.source;

/** What kind of document a source holds, which decides the cleaner that reads it. */
public enum MediaType {
    HTML,
    TEXT
}
