package dev.voxpress.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.voxpress.clean.Article;
import dev.voxpress.clean.Block;

class ScriptWriterTest {
    private static Article article(Block... blocks) {
        return new Article("Dr. Who at 10", "It's 5 p.m.", "Jo Smith", null, null, "en", null, null, List.of(blocks));
    }

    @Test
    void sentencesAreSplitThenNormalizedWithPauses() {
        Script script = new ScriptWriter().write(article(
                new Block(Block.Type.PARAGRAPH, "Dr. Smith paid $5.50. Prices rose 3.5% in 2022."),
                new Block(Block.Type.HEADING, "Part II"),
                new Block(Block.Type.PARAGRAPH, "The end.")));
        List<Segment> s = script.segments();
        assertEquals(List.of("Doctor Who at ten", "It's five P M.", "By Jo Smith.",
                "Doctor Smith paid five dollars and fifty cents.",
                "Prices rose three point five percent in twenty twenty-two.", "Part Two", "The end."),
                s.stream().map(Segment::text).toList());
        assertEquals(List.of(ScriptWriter.HEADING_PAUSE, ScriptWriter.PARAGRAPH_PAUSE, ScriptWriter.PARAGRAPH_PAUSE,
                ScriptWriter.SENTENCE_PAUSE, ScriptWriter.PARAGRAPH_PAUSE, ScriptWriter.HEADING_PAUSE,
                ScriptWriter.PARAGRAPH_PAUSE), s.stream().map(Segment::pauseMillis).toList());
        assertEquals(List.of(-1, -1, -1, 0, 0, 1, 2), s.stream().map(Segment::block).toList());
    }

    @Test
    void sentencesWithNothingToSayAreDroppedAndTheBlockPauseMoves() {
        Script script = new ScriptWriter().write(article(
                new Block(Block.Type.PARAGRAPH, "First one. 🎉🎉. 東京。"),
                new Block(Block.Type.PARAGRAPH, "👍")));
        List<Segment> body = script.segments().stream().filter(x -> x.role() == Segment.Role.BODY).toList();
        assertEquals(1, body.size());
        assertEquals("First one.", body.get(0).text());
        assertEquals(ScriptWriter.PARAGRAPH_PAUSE, body.get(0).pauseMillis());
    }

    @Test
    void longSentencesStayUnderTheLimitAfterNormalizing() {
        String numbers = "1,234,567, ".repeat(30);
        Script script = new ScriptWriter().write(article(new Block(Block.Type.PARAGRAPH, numbers + "the end.")));
        List<Segment> body = script.segments().stream().filter(x -> x.role() == Segment.Role.BODY).toList();
        assertTrue(body.size() > 5);
        for (Segment segment : body) assertTrue(segment.text().length() <= SentenceSplitter.MAX_LENGTH);
        assertEquals(ScriptWriter.PARAGRAPH_PAUSE, body.get(body.size() - 1).pauseMillis());
    }
}
