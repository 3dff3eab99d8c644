package dev.voxpress.publish;

import java.time.Instant;
import java.util.Objects;

/**
 * One published episode, as the manifest records it. Paths are relative to the feed folder and use
 * {@code /}; optional files are null when absent.
 *
 * @param slug        stable URL-safe name: the audio is {@code audio/<slug>.mp3}
 * @param guid        the item's GUID; never changes once published
 * @param title       the article's title
 * @param description the standfirst, or the opening of the body
 * @param link        the original article's URL, or null for a local file without one
 * @param source      the source as given to {@code publish} (path or URL), which identifies the article
 * @param contentHash hash of the cleaned text and voice; a change re-narrates the episode
 * @param voice       the voice that narrated it
 * @param published   the publication date; never changes once published
 * @param seconds     the audio's duration
 * @param bytes       the audio file's size
 * @param audio       the MP3, such as {@code audio/<slug>.mp3}
 * @param vtt         the WebVTT transcript, or null
 * @param srt         the SubRip transcript, or null
 * @param chapters    the Podcast Index chapters JSON, or null
 * @param image       the episode's square artwork, or null for the channel's
 * @param byline      the article's authors, or null
 */
public record Episode(String slug, String guid, String title, String description, String link, String source,
                      String contentHash, String voice, Instant published, double seconds, long bytes,
                      String audio, String vtt, String srt, String chapters, String image, String byline) {
    public Episode {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(audio, "audio");
    }
}
