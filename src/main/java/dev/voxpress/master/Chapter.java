package dev.voxpress.master;

/**
 * A section of the episode: the opening (title, standfirst, byline and the text before the first heading), then
 * one per heading of the article.
 *
 * @param title the heading's words, or the article's title for the opening
 * @param start start in seconds
 * @param end   end in seconds
 */
public record Chapter(String title, double start, double end) {
}
