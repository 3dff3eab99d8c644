package dev.voxpress.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.voxpress.clean.Article;
import dev.voxpress.clean.Block;

class ScriptWriterTest {
    private static final Article ARTICLE = new Article("Talks in Istanbul", "A first meeting since the war began.",
            "Jane Doe", null, "The Daily", "en", null, null, List.of(
            new Block(Block.Type.PARAGRAPH, "Zelensky spoke first. Then the others spoke."),
            new Block(Block.Type.HEADING, "What comes next"),
            new Block(Block.Type.PARAGRAPH, "Nobody knows.")));

    @Test
    void titleStandfirstBylineThenBodyWithLongerPausesBetweenParagraphs() {
        Script script = new ScriptWriter().write(ARTICLE);
        List<Segment> s = script.segments();
        assertEquals(List.of("Talks in Istanbul", "A first meeting since the war began.", "By Jane Doe.",
                "Zelensky spoke first.", "Then the others spoke.", "What comes next", "Nobody knows."), texts(s));
        assertEquals(List.of(Segment.Role.TITLE, Segment.Role.STANDFIRST, Segment.Role.BYLINE, Segment.Role.BODY,
                Segment.Role.BODY, Segment.Role.HEADING, Segment.Role.BODY), s.stream().map(Segment::role).toList());
        assertEquals(ScriptWriter.SENTENCE_PAUSE, s.get(3).pauseMillis());
        assertEquals(ScriptWriter.PARAGRAPH_PAUSE, s.get(4).pauseMillis());
        assertEquals(ScriptWriter.HEADING_PAUSE, s.get(5).pauseMillis());
        assertTrue(ScriptWriter.SENTENCE_PAUSE < ScriptWriter.PARAGRAPH_PAUSE
                && ScriptWriter.PARAGRAPH_PAUSE < ScriptWriter.HEADING_PAUSE);
        assertEquals(List.of(-1, -1, -1, 0, 0, 1, 2), s.stream().map(Segment::block).toList());
    }

    @Test
    void introAfterBylineOutroAtTheEndLexiconEverywhere() {
        ScriptSettings settings = new ScriptSettings(Lexicon.parse("Zelensky = zeh lensky\n", "test"),
                "From {site}.", "That was {title}, narrated by voxpress.");
        Script script = new ScriptWriter(settings, w -> { }).write(ARTICLE);
        List<String> texts = texts(script.segments());
        assertEquals("From The Daily.", texts.get(3));
        assertEquals(Segment.Role.INTRO, script.segments().get(3).role());
        assertEquals("zeh lensky spoke first.", texts.get(4));
        assertEquals("That was Talks in Istanbul, narrated by voxpress.", texts.get(texts.size() - 1));
        assertEquals(Segment.Role.OUTRO, script.segments().get(texts.size() - 1).role());
    }

    @Test
    void anIntroNamingAnUnknownSiteIsLeftOut() {
        Article noSite = new Article("Title", null, null, null, null, null, null, null,
                List.of(new Block(Block.Type.PARAGRAPH, "Body.")));
        Script script = new ScriptWriter(new ScriptSettings(Lexicon.EMPTY, "From {site}.", null), w -> { }).write(noSite);
        assertEquals(List.of("Title", "Body."), texts(script.segments()));
    }

    @Test
    void sentencesWithNothingToSayAreSkippedWithAWarning() {
        Article emoji = new Article("Title", null, null, null, null, null, null, null,
                List.of(new Block(Block.Type.PARAGRAPH, "First sentence. \uD83D\uDE00\uD83D\uDE00. Last sentence.")));
        List<String> warnings = new ArrayList<>();
        Script script = new ScriptWriter(ScriptSettings.PLAIN, warnings::add).write(emoji);
        assertEquals(List.of("Title", "First sentence.", "Last sentence."), texts(script.segments()));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("\uD83D\uDE00"), warnings.get(0));
    }

    @Test
    void plainTextByParagraph() {
        Script script = new ScriptWriter().write("One. Two.\n\nThree.");
        assertEquals(List.of("One.", "Two.", "Three."), texts(script.segments()));
        assertEquals(ScriptWriter.PARAGRAPH_PAUSE, script.segments().get(1).pauseMillis());
    }

    private static List<String> texts(List<Segment> segments) {
        return segments.stream().map(Segment::text).toList();
    }

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
        for (Segment segment : body) {
            assertTrue(segment.text().length() <= SentenceSplitter.MAX_LENGTH);
            assertEquals(Normalizer.normalize(segment.written()), segment.text(), "each piece says its written words");
        }
        assertEquals((numbers + "the end.").strip(), String.join(" ", body.stream().map(Segment::written).toList()));
        assertEquals(ScriptWriter.PARAGRAPH_PAUSE, body.get(body.size() - 1).pauseMillis());
    }

    @Test
    void eachSegmentKeepsTheArticleSentenceItSays() {
        ScriptSettings settings = new ScriptSettings(Lexicon.parse("Kyiv = keev\n", "test"), null, null);
        Script script = new ScriptWriter(settings, w -> { }).write(article(new Block(Block.Type.PARAGRAPH,
                "Dr. Smith  paid $3.5 billion\n in Kyiv. Prices rose 3.5% since 2022.")));
        assertEquals(List.of("Dr. Who at 10", "It's 5 p.m.", "By Jo Smith.", "Dr. Smith paid $3.5 billion in Kyiv.",
                "Prices rose 3.5% since 2022."), script.segments().stream().map(Segment::written).toList());
        assertEquals(List.of("Doctor Smith paid three point five billion dollars in keev.",
                "Prices rose three point five percent since twenty twenty-two."), texts(script.segments()).subList(3, 5));
    }

    @Test
    void aSentenceThatCannotBeCutAsWrittenContinuesItsFirstPiece() {
        Lexicon chant = Lexicon.parse("Haka = " + "ka mate ".repeat(60) + "\n", "test");
        Script script = new ScriptWriter(new ScriptSettings(chant, null, null), w -> { }).write("The Haka.");
        List<Segment> s = script.segments();
        assertTrue(s.size() > 1, texts(s).toString());
        assertEquals("The Haka.", s.get(0).written());
        for (Segment continued : s.subList(1, s.size())) assertEquals("", continued.written());
    }

    @Test
    void anArticleInAnotherLanguageKeepsItsNumbersDatesAndWordsForItsEngine() {
        ScriptSettings settings = new ScriptSettings(Lexicon.parse("Lisboa = lizbon\n", "test"), null, null);
        String dateLine = "sexta-feira, 22 de outubro de 2010";
        String body = "A tempestade deixou 12 mil casas sem luz,  custou 3,5 milhões de € e 40% das linhas.";
        for (String language : List.of("pt", "pt-BR")) {
            Article portuguese = new Article("Chuva em Lisboa", null, null, null, null, language, null, null, List.of(
                    new Block(Block.Type.PARAGRAPH, dateLine), new Block(Block.Type.PARAGRAPH, body)));
            Script script = new ScriptWriter(settings, w -> { }).write(portuguese);
            assertEquals(List.of("Chuva em Lisboa", dateLine, body.replace("  ", " ")), texts(script.segments()), language);
            assertEquals(texts(script.segments()), script.segments().stream().map(Segment::written).toList());
        }
        for (String english : List.of("en", "en-GB")) {
            Article same = new Article("Rain in Lisboa", null, null, null, null, english, null, null,
                    List.of(new Block(Block.Type.PARAGRAPH, "It rained on 22 October 2010.")));
            assertEquals(List.of("Rain in lizbon", "It rained on October twenty-second, twenty ten."),
                    texts(new ScriptWriter(settings, w -> { }).write(same).segments()), english);
        }
    }
}
