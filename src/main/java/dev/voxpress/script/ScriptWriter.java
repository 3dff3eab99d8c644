package dev.voxpress.script;

import java.util.ArrayList;
import java.util.List;

import dev.voxpress.clean.Article;
import dev.voxpress.clean.Block;

/**
 * Turns a cleaned article into a script: the title, standfirst and byline first, then the body sentence by
 * sentence, with longer pauses between paragraphs than between sentences and around headings.
 */
public final class ScriptWriter {
    /** Pause lengths in milliseconds. */
    public static final int SENTENCE_PAUSE = 350;
    public static final int PARAGRAPH_PAUSE = 800;
    public static final int HEADING_PAUSE = 1000;

    /** Writes the script for {@code article}. */
    public Script write(Article article) {
        List<Segment> segments = new ArrayList<>();
        addBlock(segments, article.title(), Segment.Role.TITLE, -1, HEADING_PAUSE);
        if (article.standfirst() != null) addBlock(segments, article.standfirst(), Segment.Role.STANDFIRST, -1, PARAGRAPH_PAUSE);
        if (article.byline() != null) addBlock(segments, "By " + article.byline() + ".", Segment.Role.BYLINE, -1, PARAGRAPH_PAUSE);
        List<Block> blocks = article.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean heading = block.type() == Block.Type.HEADING;
            addBlock(segments, block.text(), heading ? Segment.Role.HEADING : Segment.Role.BODY, i,
                    heading ? HEADING_PAUSE : PARAGRAPH_PAUSE);
        }
        return new Script(article.title(), segments);
    }

    private static void addBlock(List<Segment> segments, String text, Segment.Role role, int block, int blockPause) {
        // Split first, while "Dr." and "3.5" still show; normalizing can lengthen a sentence, so fit it again.
        List<String> sentences = new ArrayList<>();
        for (String sentence : SentenceSplitter.split(text)) {
            sentences.addAll(SentenceSplitter.fit(Normalizer.normalize(sentence)));
        }
        for (int i = 0; i < sentences.size(); i++) {
            boolean last = i == sentences.size() - 1;
            segments.add(new Segment(sentences.get(i), role, block, last ? blockPause : SENTENCE_PAUSE));
        }
    }
}
