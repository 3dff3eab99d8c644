package dev.voxpress.master;

import java.util.Map;
import java.util.Objects;

/**
 * What the tags and chapter files say about an episode. Everything but the title may be null.
 *
 * @param title    the article's title (ID3 TIT2)
 * @param artist   the author or the voice (TPE1), per {@link MasterSettings#artist()}
 * @param album    the podcast's name (TALB)
 * @param date     publication date, ISO 8601 ({@code 2025-05-16} or longer); the year alone is also accepted
 * @param url      the article's URL (WXXX, and the comment)
 * @param language a BCP 47 language tag such as {@code en} or {@code en-US}
 * @param cover    cover art, JPEG or PNG bytes (APIC); null for none
 * @param headings the article's headings as written, by block index ({@link dev.voxpress.script.Segment#block()}),
 *                 for chapter titles; a heading missing here is titled with the words spoken for it
 */
public record EpisodeMetadata(String title, String artist, String album, String date, String url, String language,
                              byte[] cover, Map<Integer, String> headings) {
    public EpisodeMetadata {
        Objects.requireNonNull(title, "title");
        headings = headings == null ? Map.of() : Map.copyOf(headings);
    }

    /** Just a title. */
    public static EpisodeMetadata titled(String title) {
        return new EpisodeMetadata(title, null, null, null, null, null, null, Map.of());
    }

    public EpisodeMetadata withCover(byte[] image) {
        return new EpisodeMetadata(title, artist, album, date, url, language, image, headings);
    }

    public EpisodeMetadata withHeadings(Map<Integer, String> byBlock) {
        return new EpisodeMetadata(title, artist, album, date, url, language, cover, byBlock);
    }

    /** The cover's MIME type from its first bytes: image/jpeg, image/png, or null when it is neither. */
    public String coverMimeType() {
        if (cover == null || cover.length < 4) return null;
        if ((cover[0] & 0xff) == 0xFF && (cover[1] & 0xff) == 0xD8) return "image/jpeg";
        if ((cover[0] & 0xff) == 0x89 && cover[1] == 'P' && cover[2] == 'N' && cover[3] == 'G') return "image/png";
        return null;
    }
}
