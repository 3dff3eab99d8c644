package dev.voxpress.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.VoxpressException;
import dev.voxpress.clean.Article;
import dev.voxpress.clean.Block;

class PlsLexiconTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lexicon version=\"1.0\" "
            + "xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\" alphabet=\"ipa\" xml:lang=\"en-US\">\n";

    @TempDir
    Path dir;

    private static Lexicon news() throws Exception {
        return Lexicon.read(Path.of(PlsLexiconTest.class.getResource("news.pls").toURI()));
    }

    private Path pls(String body) throws Exception {
        return Files.writeString(dir.resolve("test.pls"), HEAD + body + "</lexicon>\n", StandardCharsets.UTF_8);
    }

    @Test
    void aliasesRespellAndPhonemesBecomeMaryTtsOnes() throws Exception {
        Lexicon lexicon = news();
        assertEquals("In keev and keev, nwin met Zelensky at the World Wide Web Consortium in Worcester.",
                lexicon.apply("In Kyiv and Kiev, Nguyen met Zelensky at the W3C in Worcester."));
        assertEquals(List.of("' k i v", "z E - ' l E n - s k i", "' w U s t @ r"),
                lexicon.phonemeMatches("keev Zelensky Worcester").stream().map(m -> m.entry().phonemes()).toList());
        assertTrue(lexicon.entries().stream().filter(e -> e.written().equals("Nguyen")).allMatch(e -> e.phonemes() == null));
    }

    @Test
    void scriptsSayTheAliasAndKeepTheWrittenName() throws Exception {
        ScriptSettings settings = new ScriptSettings(news(), null, null);
        Script script = new ScriptWriter(settings, w -> { }).write(new Article("", null, null, null, null, null, null,
                null, List.of(new Block(Block.Type.PARAGRAPH, "Nguyen flew to Kyiv in 2023."))));
        Segment s = script.segments().get(0);
        assertEquals("nwin flew to keev in twenty twenty-three.", s.text());
        assertEquals("Nguyen flew to Kyiv in 2023.", s.written());
    }

    @Test
    void unknownSymbolsAreRefusedNamingTheFileAndTheLexeme() throws Exception {
        Path file = pls("<lexeme><grapheme>Kharkiv</grapheme><phoneme>ˈxɑrkiv</phoneme></lexeme>\n");
        VoxpressException e = assertThrows(VoxpressException.class, () -> Lexicon.read(file));
        assertEquals(file + ": lexeme \"Kharkiv\": unknown IPA symbol 'x' in \"ˈxɑrkiv\"", e.getMessage());
        Path sampa = pls("<lexeme><grapheme>Bach</grapheme><phoneme alphabet=\"x-sampa\">\"bAx</phoneme></lexeme>\n");
        assertTrue(assertThrows(VoxpressException.class, () -> Lexicon.read(sampa)).getMessage()
                .endsWith(": lexeme \"Bach\": unknown X-SAMPA symbol 'x' in \"\"bAx\""));
        Path ups = pls("<lexeme><grapheme>A</grapheme><phoneme alphabet=\"x-microsoft-ups\">EI</phoneme></lexeme>\n");
        assertTrue(assertThrows(VoxpressException.class, () -> Lexicon.read(ups)).getMessage()
                .endsWith(": lexeme \"A\": alphabet \"x-microsoft-ups\" is not supported (ipa, x-sampa)"));
        Path nothing = pls("<lexeme><grapheme>Silent</grapheme></lexeme>\n");
        assertTrue(assertThrows(VoxpressException.class, () -> Lexicon.read(nothing)).getMessage()
                .endsWith(": lexeme \"Silent\" has no phoneme or alias"));
    }

    @Test
    void entitiesAndDoctypesAreRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret-words");
        Path xxe = Files.writeString(dir.resolve("xxe.pls"), "<?xml version=\"1.0\"?>\n<!DOCTYPE lexicon [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n" + HEAD.substring(HEAD.indexOf("<lexicon"))
                + "<lexeme><grapheme>Leak</grapheme><alias>&x;</alias></lexeme></lexicon>\n");
        VoxpressException e = assertThrows(VoxpressException.class, () -> Lexicon.read(xxe));
        assertTrue(e.getMessage().startsWith(xxe + ": not well-formed PLS: "), e.getMessage());
        assertFalse(e.getMessage().contains("secret-words"));
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void otherDocumentsAreNotLexicons() throws Exception {
        Path html = Files.writeString(dir.resolve("page.pls"), "<html><body>Hi</body></html>");
        assertTrue(assertThrows(VoxpressException.class, () -> Lexicon.read(html)).getMessage()
                .startsWith(html + ": not a PLS lexicon"));
        Path v2 = Files.writeString(dir.resolve("v2.pls"), HEAD.replace("1.0\" xmlns", "2.0\" xmlns") + "</lexicon>");
        assertEquals(v2 + ": PLS version \"2.0\" is not 1.0",
                assertThrows(VoxpressException.class, () -> Lexicon.read(v2)).getMessage());
    }

    @Test
    void exportedLexiconsReadBackTheSame() throws Exception {
        Lexicon shipped = Lexicon.read(Path.of("voices/news-names.lexicon"));
        String pls = PlsLexicon.write(shipped);
        assertTrue(pls.contains("<grapheme>Kyiv</grapheme>\n    <alias>keev</alias>\n    <phoneme>ˈkiv</phoneme>"), pls);
        assertEquals(shipped.entries(), PlsLexicon.parse(pls.getBytes(StandardCharsets.UTF_8), "export").entries());
        Lexicon odd = Lexicon.parse("Bach = bahk | ' b A x\n", "test");
        assertEquals("entry \"Bach\": unknown MaryTTS phone 'x' in \"' b A x\"",
                assertThrows(VoxpressException.class, () -> PlsLexicon.write(odd)).getMessage());
    }
}
