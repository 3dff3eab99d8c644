package dev.voxpress.publish.site;

import java.nio.file.Path;

/**
 * Publishes one article into a feed folder, for {@code voxpress embed --narrate} when the article is not in the
 * feed yet. {@code voxpress publish} provides the implementation through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.voxpress.publish.site.ArticlePublisher}); without one, {@code --narrate} says so.
 */
public interface ArticlePublisher {
    /**
     * Narrates and publishes {@code source} into {@code feedDir} (audio, feed.xml, pages), or does nothing if it
     * is already published and unchanged.
     *
     * @return the episode's slug
     */
    String publish(String source, Path feedDir);
}
