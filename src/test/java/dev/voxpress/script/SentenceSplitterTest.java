package dev.voxpress.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static void splits(String text, String... sentences) {
        assertEquals(List.of(sentences), SentenceSplitter.split(text));
    }

    @Test
    void plainSentences() {
        splits("It rained. Then it stopped! Did it? Yes.", "It rained.", "Then it stopped!", "Did it?", "Yes.");
        splits("  No final stop  ", "No final stop");
        splits("");
        splits("   \n ");
    }

    @Test
    void abbreviationsAndTitles() {
        splits("Dr. Smith met Mr. Jones at St. Paul's. They talked.", "Dr. Smith met Mr. Jones at St. Paul's.",
                "They talked.");
        splits("U.S. officials said so. The talks failed.", "U.S. officials said so.", "The talks failed.");
        splits("Fruit, e.g. apples, i.e. food. Good.", "Fruit, e.g. apples, i.e. food.", "Good.");
        splits("See No. 5 and Fig. 3 on p. 12. Done.", "See No. 5 and Fig. 3 on p. 12.", "Done.");
        splits("Gen. Lee and Sen. Warren spoke.", "Gen. Lee and Sen. Warren spoke.");
        splits("I said no. Then I left.", "I said no.", "Then I left.");
    }

    @Test
    void anAbbreviationEndsASentenceBeforeATypicalStart() {
        splits("He moved to the U.S. The weather was better.", "He moved to the U.S.", "The weather was better.");
        splits("Apples, pears, etc. But no plums.", "Apples, pears, etc.", "But no plums.");
        splits("He works for Acme Inc. in Ohio.", "He works for Acme Inc. in Ohio.");
        splits("It opens at 9 a.m. Monday.", "It opens at 9 a.m. Monday.");
    }

    @Test
    void decimalsAndInitials() {
        splits("It grew 3.5 percent. Prices fell.", "It grew 3.5 percent.", "Prices fell.");
        splits("J. R. R. Tolkien wrote it. George W. Bush read it.", "J. R. R. Tolkien wrote it.",
                "George W. Bush read it.");
        splits("Vitamin C. It helps.", "Vitamin C.", "It helps.");
    }

    @Test
    void quotes() {
        splits("\"Stop.\" she said. He stopped.", "\"Stop.\" she said.", "He stopped.");
        splits("He said: \"Go.\" Then left.", "He said: \"Go.\"", "Then left.");
        splits("“Really?” he asked. “Yes!” She nodded.", "“Really?” he asked.", "“Yes!”", "She nodded.");
        splits("(It was late.) We left.", "(It was late.)", "We left.");
        splits("He left. \"Come back,\" she said.", "He left.", "\"Come back,\" she said.");
    }

    @Test
    void ellipses() {
        splits("Wait... what? He paused... Then he left.", "Wait... what?", "He paused...", "Then he left.");
        splits("And so… It ended.", "And so…", "It ended.");
    }

    @Test
    void blankLinesEndSentences() {
        splits("A heading\n\nThe text", "A heading", "The text");
        splits("A line\nwrapped here.", "A line\nwrapped here.");
    }

    @Test
    void aLongRunOnIsCutAtPunctuationUnderTheLimit() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 5000) text.append("the committee met again, and the members argued; nobody agreed ");
        List<String> pieces = SentenceSplitter.split(text.toString());
        assertTrue(pieces.size() >= 13, "pieces: " + pieces.size());
        for (String piece : pieces) {
            assertTrue(piece.length() <= SentenceSplitter.MAX_LENGTH, piece.length() + ": " + piece);
            assertTrue(piece.length() >= SentenceSplitter.MAX_LENGTH / 4 || piece == pieces.get(pieces.size() - 1), piece);
        }
        for (String piece : pieces.subList(0, pieces.size() - 1)) assertTrue(piece.endsWith(";"), piece);
        assertEquals(text.toString().replace(" ", ""), String.join("", pieces).replace(" ", ""));
    }

    @Test
    void withoutPunctuationALongRunIsCutBeforeAConjunctionOrAtASpace() {
        String clause = "the river rose over the old stone bridge in the night ";
        List<String> pieces = SentenceSplitter.split((clause + "and ").repeat(12) + clause);
        for (String piece : pieces.subList(1, pieces.size())) assertTrue(piece.startsWith("and "), piece);
        for (String piece : pieces) assertTrue(piece.length() <= SentenceSplitter.MAX_LENGTH);

        List<String> words = SentenceSplitter.split("word ".repeat(1000));
        assertTrue(words.size() > 10);
        for (String piece : words.subList(0, words.size() - 1)) {
            assertTrue(piece.length() <= SentenceSplitter.MAX_LENGTH && piece.length() > SentenceSplitter.MAX_LENGTH - 6);
        }
    }

    @Test
    void aRunWithoutSpacesIsCutAtTheLimit() {
        List<String> pieces = SentenceSplitter.split("x".repeat(1000));
        assertEquals(List.of("x".repeat(400), "x".repeat(400), "x".repeat(200)), pieces);
        List<String> emoji = SentenceSplitter.split("😀".repeat(300));
        for (String piece : emoji) {
            assertTrue(piece.length() <= SentenceSplitter.MAX_LENGTH);
            assertTrue(Character.isHighSurrogate(piece.charAt(0)));
            assertTrue(Character.isLowSurrogate(piece.charAt(piece.length() - 1)));
        }
    }

    @Test
    void fitLeavesShortSentencesAlone() {
        assertEquals(List.of("Short."), SentenceSplitter.fit("  Short.  "));
        assertEquals(List.of(), SentenceSplitter.fit("   "));
    }
}
