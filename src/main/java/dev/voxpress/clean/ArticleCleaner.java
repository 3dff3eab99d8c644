package dev.voxpress.clean;

import java.util.Objects;

import dev.voxpress.source.LoadedSource;
import dev.voxpress.source.MediaType;

/**
 * The cleaner to use by default: HTML pages go to {@link HtmlCleaner}, text dumps to {@link TextCleaner}. An article
 * whose page declares no language gets the one {@link TextLanguage} tells from its text, if it can.
 */
public final class ArticleCleaner implements Cleaner {
    private final Cleaner html = new HtmlCleaner();
    private final Cleaner text = new TextCleaner();

    @Override
    public Article clean(LoadedSource source) {
        if (source.type() == MediaType.FEED) {
            throw new CleanException(source.name(), "a feed of articles, not one article (voxpress publish reads feeds)");
        }
        Article article = (source.type() == MediaType.HTML ? html : text).clean(source);
        if (article.blocks().isEmpty()) throw new CleanException(source.name(), "no readable article found");
        if (article.language() != null) return article;
        String detected = TextLanguage.of(String.join("\n\n", article.title(),
                Objects.requireNonNullElse(article.standfirst(), ""), article.text()));
        return detected == null ? article : article.withDetectedLanguage(detected);
    }
}
