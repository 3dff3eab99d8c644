package dev.voxpress.clean;

import dev.voxpress.source.LoadedSource;

/** Turns a loaded page into the article a listener should hear. */
public interface Cleaner {
    /**
     * Cleans one source.
     *
     * @throws CleanException when the source holds no readable article, or is not text
     */
    Article clean(LoadedSource source);
}
