package dev.voxpress.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import dev.voxpress.clean.Article;
import dev.voxpress.clean.Block;

/**
 * Turns a cleaned article into a script: the title, standfirst and byline first, then the voice's intro, the body
 * sentence by sentence, and the voice's outro, with longer pauses between paragraphs than between sentences and
 * around headings. Each sentence goes through the voice's lexicon, then the {@link Normalizer}, so the script
 * holds exactly the words an engine is asked to say.
 */
public final class ScriptWriter {
    /** Pause lengths in milliseconds. */
    public static final int SENTENCE_PAUSE = 350;
    public static final int PARAGRAPH_PAUSE = 800;
    public static final int HEADING_PAUSE = 1000;

    private final ScriptSettings settings;
    private final Consumer<String> warnings;

    /** A writer with no lexicon, intro or outro that drops unsayable sentences silently. */
    public ScriptWriter() {
        this(ScriptSettings.PLAIN, warning -> { });
    }

    /**
     * @param settings the voice's lexicon, intro and outro
     * @param warnings told of each sentence left out because nothing in it can be said
     */
    public ScriptWriter(ScriptSettings settings, Consumer<String> warnings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /** Writes the script for {@code article}. */
    public Script write(Article article) {
        List<Segment> segments = new ArrayList<>();
        if (!article.title().isBlank()) addBlock(segments, article.title(), Segment.Role.TITLE, -1, HEADING_PAUSE);
        if (article.standfirst() != null) addBlock(segments, article.standfirst(), Segment.Role.STANDFIRST, -1, PARAGRAPH_PAUSE);
        if (article.byline() != null) addBlock(segments, "By " + article.byline() + ".", Segment.Role.BYLINE, -1, PARAGRAPH_PAUSE);
        fill(settings.intro(), article).ifPresent(intro -> addBlock(segments, intro, Segment.Role.INTRO, -1, PARAGRAPH_PAUSE));
        List<Block> blocks = article.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean heading = block.type() == Block.Type.HEADING;
            addBlock(segments, block.text(), heading ? Segment.Role.HEADING : Segment.Role.BODY, i,
                    heading ? HEADING_PAUSE : PARAGRAPH_PAUSE);
        }
        fill(settings.outro(), article).ifPresent(outro -> addBlock(segments, outro, Segment.Role.OUTRO, -1, PARAGRAPH_PAUSE));
        return new Script(article.title(), segments);
    }

    /** The script of plain text with no title: its paragraphs (separated by blank lines), intro and outro. */
    public Script write(String text) {
        List<Block> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) paragraphs.add(new Block(Block.Type.PARAGRAPH, paragraph));
        return write(new Article("", null, null, null, null, null, null, null, paragraphs));
    }

    private void addBlock(List<Segment> segments, String text, Segment.Role role, int block, int blockPause) {
        // Split first, while "Dr." and "3.5" still show; normalizing can lengthen a sentence, so fit it again.
        List<String> sentences = new ArrayList<>();
        for (String raw : SentenceSplitter.split(text)) {
            String said = Normalizer.normalize(settings.lexicon().apply(raw));
            if (said.codePoints().noneMatch(Character::isLetter)) {
                warnings.accept("skipped a sentence with nothing to say: \"" + abbreviate(raw) + "\"");
            } else {
                sentences.addAll(SentenceSplitter.fit(said));
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            boolean last = i == sentences.size() - 1;
            segments.add(new Segment(sentences.get(i), role, block, last ? blockPause : SENTENCE_PAUSE));
        }
    }

    /** The intro or outro with the article's title and site filled in; none when it names what the article lacks. */
    private static Optional<String> fill(String template, Article article) {
        if (template == null) return Optional.empty();
        boolean noSite = article.siteName() == null || article.siteName().isBlank();
        if (noSite && template.contains("{site}") || article.title().isBlank() && template.contains("{title}")) {
            return Optional.empty();
        }
        return Optional.of(template.replace("{title}", article.title()).replace("{site}", noSite ? "" : article.siteName()));
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
