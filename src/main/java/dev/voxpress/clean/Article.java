package dev.voxpress.clean;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a listener should hear of a page, and what is known about it. Fields that the page does not give are
 * null (or empty for {@code blocks}); {@code title} is never null.
 *
 * @param title      the headline, without a site-name suffix
 * @param standfirst the subtitle or summary under the headline
 * @param byline     the author names
 * @param published  the publication date as the page gives it (ISO 8601 where the page's metadata has it)
 * @param siteName   the publication's name
 * @param language   the page's language tag, such as {@code en} or {@code en-US}: as the page declares it, else as
 *                   detected from the text when the detection is confident
 * @param url        the canonical URL of the article
 * @param image      the lead image's URL
 * @param blocks     the body, in reading order
 * @param languageDetected whether {@code language} was detected from the text rather than declared by the page
 */
public record Article(String title, String standfirst, String byline, String published, String siteName,
                      String language, String url, String image, List<Block> blocks, boolean languageDetected) {
    public Article {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** An article whose language, if any, is the one its page declares. */
    public Article(String title, String standfirst, String byline, String published, String siteName,
                   String language, String url, String image, List<Block> blocks) {
        this(title, standfirst, byline, published, siteName, language, url, image, blocks, false);
    }

    /** This article in a language detected from its text. */
    public Article withDetectedLanguage(String tag) {
        return new Article(title, standfirst, byline, published, siteName, tag, url, image, blocks, true);
    }

    /** The body alone: the blocks' text, separated by blank lines. */
    public String text() {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }

    /** The number of words in the title, standfirst and body. */
    public int wordCount() {
        int words = count(title) + count(standfirst);
        for (Block block : blocks) words += count(block.text());
        return words;
    }

    private static int count(String text) {
        if (text == null || text.isBlank()) return 0;
        return text.trim().split("\\s+").length;
    }
}
