package dev.voxpress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.voxpress.source.LoadedSource;
import dev.voxpress.source.MediaType;

/** A page that declares no language gets the one its text is written in, when the detector is sure of it. */
class LanguageDetectionTest {
    private static final Map<String, String> TEXTS = Map.of(
            "en", "The council met on Monday to agree the budget for next year. It will spend more on roads and "
                    + "schools, and the vote was closer than anyone had expected.",
            "de", "Der Rat hat am Montag den Haushalt für das kommende Jahr beschlossen. Es gibt mehr Geld für Straßen "
                    + "und Schulen, und die Abstimmung war knapper als erwartet.",
            "fr", "Le conseil municipal a adopté lundi le budget de l'année prochaine. Il prévoit davantage d'argent "
                    + "pour les routes et les écoles, et le vote a été plus serré que prévu.",
            "es", "El ayuntamiento aprobó el lunes el presupuesto del próximo año. Habrá más dinero para las "
                    + "carreteras y las escuelas, y la votación fue más ajustada de lo que se esperaba.",
            "pt", "A câmara aprovou na segunda-feira o orçamento para o próximo ano. Haverá mais dinheiro para as "
                    + "estradas e as escolas, e a votação foi mais renhida do que se esperava.",
            "it", "Il consiglio comunale ha approvato lunedì il bilancio per il prossimo anno. Ci saranno più soldi "
                    + "per le strade e le scuole, e il voto è stato più combattuto del previsto.");

    @Test
    void tellsTheLanguageOfASentenceOrTwo() {
        TEXTS.forEach((language, text) -> assertEquals(language, TextLanguage.of(text), text));
    }

    /**
     * English prose is told by its commonest words without the detector; no other language comes near the share,
     * Dutch and German (which write "in", "is", "was") included.
     */
    @Test
    void englishIsToldByItsCommonestWords() {
        assertTrue(TextLanguage.englishShare(TEXTS.get("en")) >= TextLanguage.ENGLISH_SHARE);
        assertTrue(TextLanguage.englishShare("The council approved the new budget on Tuesday after a long debate about "
                + "road repairs and schools.") >= TextLanguage.ENGLISH_SHARE);
        Map<String, String> others = new java.util.HashMap<>(TEXTS);
        others.remove("en");
        others.put("nl", "De gemeenteraad heeft maandag de begroting voor het volgende jaar goedgekeurd. Er is meer geld "
                + "voor wegen en scholen, en de stemming was spannender dan verwacht.");
        others.put("pl", "Rada miasta przyjęła w poniedziałek budżet na przyszły rok. To więcej pieniędzy na drogi i "
                + "szkoły, a głosowanie było bardziej wyrównane, niż się spodziewano.");
        others.forEach((language, text) -> {
            assertTrue(TextLanguage.englishShare(text) < TextLanguage.ENGLISH_SHARE / 2, language);
            assertEquals(language, TextLanguage.of(text), text);
        });
    }

    @Test
    void tooShortOrAmbiguousTextHasNoLanguage() {
        assertNull(TextLanguage.of("Lisboa"));
        assertNull(TextLanguage.of("Budget agreed"));
        assertNull(TextLanguage.of("Berlin, Paris, Madrid, Roma, Lisboa, London"));
        assertNull(TextLanguage.of("2010 — 22/10 — 09:30 — 12 000 — 300 — 1,5 — 90 km/h — €"));
        assertNull(TextLanguage.of(""));
    }

    @Test
    void aPortuguesePageThatDeclaresNoLanguageIsDetectedAsPortuguese() throws IOException {
        Article article = clean("chuva-pt.html", MediaType.HTML);
        assertEquals("Chuva forte deixa bairros de Lisboa sem luz", article.title());
        assertEquals("pt", article.language());
        assertTrue(article.languageDetected());
        assertTrue(article.text().contains("sexta-feira, 22 de outubro de 2010"), article.text());
    }

    @Test
    void aDeclaredLanguageStandsEvenWhereTheTextSaysOtherwise() throws IOException {
        String page = new String(SeedTest.resource("chuva-pt.html"), StandardCharsets.UTF_8)
                .replace("<html>", "<html lang=\"pt-BR\">");
        Article article = new ArticleCleaner().clean(
                new LoadedSource("chuva.html", null, MediaType.HTML, page.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("pt-BR", article.language());
        assertFalse(article.languageDetected());
        Article seed = clean("seed-tac.html", MediaType.HTML);
        assertEquals("en-US", seed.language());
        assertFalse(seed.languageDetected());
    }

    @Test
    void aTextDumpIsDetectedToo() throws IOException {
        Article article = clean("dump-news.txt", MediaType.TEXT);
        assertEquals("en", article.language());
        assertTrue(article.languageDetected());
    }

    private static Article clean(String resource, MediaType type) throws IOException {
        return new ArticleCleaner().clean(new LoadedSource(resource, null, type, SeedTest.resource(resource), null));
    }
}
