package dev.voxpress.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.voxpress.Languages;
import dev.voxpress.clean.Article;
import dev.voxpress.clean.Block;

/**
 * Turns a cleaned article into a script: the title, standfirst and byline first, then the voice's intro, the body
 * sentence by sentence, and the voice's outro, with longer pauses between paragraphs than between sentences and
 * around headings. Each sentence of an English article (or one of unknown language) goes through the voice's
 * lexicon, then the {@link Normalizer}, so the script holds exactly the words an engine is asked to say; beside them
 * it keeps the sentence as the article wrote it, for transcripts. The lexicons and the Normalizer write English, so
 * an article in another language keeps its sentences as written, only tidied: the engine that speaks the language
 * reads its numbers, dates and symbols.
 */
public final class ScriptWriter {
    /** Pause lengths in milliseconds. */
    public static final int SENTENCE_PAUSE = 350;
    public static final int PARAGRAPH_PAUSE = 800;
    public static final int HEADING_PAUSE = 1000;
    /** The shortest pieces, in characters, that a sentence too long once said is cut into as written. */
    private static final int MIN_CUT = 40;

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
        UnaryOperator<String> say = Languages.english(article.language()) ? this::sayEnglish : ScriptWriter::tidy;
        List<Segment> segments = new ArrayList<>();
        if (!article.title().isBlank()) addBlock(segments, say, article.title(), Segment.Role.TITLE, -1, HEADING_PAUSE);
        if (article.standfirst() != null) {
            addBlock(segments, say, article.standfirst(), Segment.Role.STANDFIRST, -1, PARAGRAPH_PAUSE);
        }
        if (article.byline() != null) {
            addBlock(segments, say, "By " + article.byline() + ".", Segment.Role.BYLINE, -1, PARAGRAPH_PAUSE);
        }
        fill(settings.intro(), article)
                .ifPresent(intro -> addBlock(segments, say, intro, Segment.Role.INTRO, -1, PARAGRAPH_PAUSE));
        List<Block> blocks = article.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean heading = block.type() == Block.Type.HEADING;
            addBlock(segments, say, block.text(), heading ? Segment.Role.HEADING : Segment.Role.BODY, i,
                    heading ? HEADING_PAUSE : PARAGRAPH_PAUSE);
        }
        fill(settings.outro(), article)
                .ifPresent(outro -> addBlock(segments, say, outro, Segment.Role.OUTRO, -1, PARAGRAPH_PAUSE));
        return new Script(article.title(), segments);
    }

    /** The script of plain text with no title: its paragraphs (separated by blank lines), intro and outro. */
    public Script write(String text) {
        List<Block> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) paragraphs.add(new Block(Block.Type.PARAGRAPH, paragraph));
        return write(new Article("", null, null, null, null, null, null, null, paragraphs));
    }

    private void addBlock(List<Segment> segments, UnaryOperator<String> say, String text, Segment.Role role, int block,
                          int blockPause) {
        // Split first, while "Dr." and "3.5" still show; normalizing can lengthen a sentence, so fit it again.
        List<Line> lines = new ArrayList<>();
        for (String raw : SentenceSplitter.split(text)) {
            String said = say.apply(raw);
            if (said.codePoints().noneMatch(Character::isLetter)) {
                warnings.accept("skipped a sentence with nothing to say: \"" + abbreviate(raw) + "\"");
            } else {
                lines.addAll(fit(say, raw, said));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            Line line = lines.get(i);
            segments.add(new Segment(line.said(), line.written(), role, block, last ? blockPause : SENTENCE_PAUSE));
        }
    }

    /**
     * A sentence in pieces the engine can take, each with the written words it says. A sentence too long once said
     * is cut as written, at ever shorter lengths until every piece said fits; if none does, the said sentence is cut
     * and its pieces after the first continue the first's written words.
     */
    private static List<Line> fit(UnaryOperator<String> say, String raw, String said) {
        if (said.length() <= SentenceSplitter.MAX_LENGTH) return List.of(new Line(said, tidy(raw)));
        for (int limit = raw.length() * SentenceSplitter.MAX_LENGTH / said.length(); limit >= MIN_CUT; limit = limit * 3 / 4) {
            List<Line> lines = cut(say, raw, limit);
            if (lines != null) return lines;
        }
        List<Line> lines = new ArrayList<>();
        for (String piece : SentenceSplitter.fit(said)) lines.add(new Line(piece, lines.isEmpty() ? tidy(raw) : ""));
        return lines;
    }

    /**
     * {@code raw} cut in pieces of at most {@code limit} characters, each said; null if one is too long said or none
     * has anything to say.
     */
    private static List<Line> cut(UnaryOperator<String> say, String raw, int limit) {
        List<Line> lines = new ArrayList<>();
        String unsaid = "";
        for (String piece : SentenceSplitter.fit(raw, limit)) {
            String said = say.apply(piece);
            if (said.length() > SentenceSplitter.MAX_LENGTH) return null;
            String written = (unsaid + " " + tidy(piece)).strip();
            if (said.codePoints().noneMatch(Character::isLetter)) {
                unsaid = written;   // shown with the next piece said, or the last
            } else {
                lines.add(new Line(said, written));
                unsaid = "";
            }
        }
        if (lines.isEmpty()) return null;
        if (!unsaid.isEmpty()) {
            Line last = lines.remove(lines.size() - 1);
            lines.add(new Line(last.said(), last.written() + " " + unsaid));
        }
        return lines;
    }

    private String sayEnglish(String written) {
        return Normalizer.normalize(settings.lexicon().apply(written));
    }

    private static String tidy(String written) {
        return written.replaceAll("\\s+", " ").strip();
    }

    /** Words to say and the written words they say. */
    private record Line(String said, String written) {
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
