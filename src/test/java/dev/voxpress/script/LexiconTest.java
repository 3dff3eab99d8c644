package dev.voxpress.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.VoxpressException;

class LexiconTest {
    private static final Lexicon NAMES = Lexicon.parse("""
            # names
            Zelensky = zeh lensky | z E - ' l E n - s k i
            oblasts = oblusts
            US = you ess
            New York = noo york

            Donbas=don bass
            """, "test");

    @Test
    void replacesWholeWordsOnly() {
        assertEquals("President zeh lensky spoke.", NAMES.apply("President Zelensky spoke."));
        assertEquals("Zelenskyite ideas, AZelensky", NAMES.apply("Zelenskyite ideas, AZelensky"));
        assertEquals("the don bass region", NAMES.apply("the Donbas region"));
    }

    @Test
    void lowerCaseEntriesMatchAnyCaseCapitalisedOnesOnlyThemselves() {
        assertEquals("Four oblusts and oblusts", NAMES.apply("Four oblasts and OBLASTS"));
        assertEquals("you ess officials told us", NAMES.apply("US officials told us"));
        assertEquals("zelensky", NAMES.apply("zelensky"));
    }

    @Test
    void keepsPossessivesAndPunctuation() {
        assertEquals("zeh lensky's office; (zeh lensky)", NAMES.apply("Zelensky's office; (Zelensky)"));
        assertEquals("\"zeh lensky.\"", NAMES.apply("\"Zelensky.\""));
    }

    @Test
    void phrasesAndPhonemes() {
        assertEquals("in noo york today", NAMES.apply("in New York today"));
        Lexicon.Entry zelensky = NAMES.entries().stream().filter(e -> e.written().equals("Zelensky")).findFirst().orElseThrow();
        assertEquals("z E - ' l E n - s k i", zelensky.phonemes());
        assertNull(NAMES.entries().stream().filter(e -> e.written().equals("Donbas")).findFirst().orElseThrow().phonemes());
    }

    @Test
    void longerEntriesWinAndLaterOnesReplaceEarlier() {
        Lexicon lexicon = Lexicon.parse("York = yorrk\nNew York = noo york\n", "a")
                .plus(Lexicon.parse("York = yawk\n", "b"));
        assertEquals("noo york and yawk", lexicon.apply("New York and York"));
    }

    @Test
    void malformedLinesNameTheFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.lexicon");
        Files.writeString(file, "# fine\nZelensky = zeh lensky\nno equals sign here\n");
        VoxpressException e = assertThrows(VoxpressException.class, () -> Lexicon.read(file));
        assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
        assertThrows(VoxpressException.class, () -> Lexicon.parse(" = nothing", "x"));
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertTrue(assertThrows(VoxpressException.class, () -> Lexicon.read(file)).getMessage().contains("not UTF-8"));
    }

    @Test
    void emptyLexiconChangesNothing() {
        assertEquals("Zelensky", Lexicon.EMPTY.apply("Zelensky"));
    }

    @Test
    void everyShippedTranscriptionIsMaryTtsPhonesWithOnePrimaryStress() {
        Lexicon shipped = Lexicon.read(Path.of("voices/news-names.lexicon"));
        for (Lexicon.Entry entry : shipped.entries()) {
            if (entry.phonemes() == null) continue;
            String ipa = Phonemes.toIpa(entry.phonemes());
            assertEquals(1, ipa.chars().filter(c -> c == 'ˈ').count(), entry.written() + ": " + entry.phonemes());
        }
    }

    @Test
    void everyShippedNameIsSaidWithItsOwnPhonemes() {
        Lexicon shipped = Lexicon.read(Path.of("voices/news-names.lexicon"));
        for (Lexicon.Entry entry : shipped.entries()) {
            if (entry.phonemes() == null) continue;
            List<Lexicon.Match> matches = shipped.phonemeMatches(shipped.apply("We heard " + entry.written() + "."));
            assertEquals(1, matches.size(), entry.written());
            assertEquals(entry.phonemes(), matches.get(0).entry().phonemes(), entry.written());
        }
    }
}
