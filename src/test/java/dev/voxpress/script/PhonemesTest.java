package dev.voxpress.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class PhonemesTest {
    @Test
    void ipaBecomesMaryTtsSyllablesWithStress() {
        assertEquals("' k i v", Phonemes.fromIpa("ˈkiːv"));
        assertEquals("f i - ' A n s - EI", Phonemes.fromIpa("fiˈɒns.eɪ"));
        assertEquals("' dZ V dZ - m @ n t", Phonemes.fromIpa("ˈdʒʌdʒ.mənt"));
        assertEquals(", w A - S I N - ' t @ n", Phonemes.fromIpa("ˌwɑ.ʃɪŋˈtən"));
        assertEquals("' tS r= tS", Phonemes.fromIpa("ˈt͡ʃɝtʃ"));
        assertEquals("' b r= - @U", Phonemes.fromIpa("ˈbɚ.oʊ"));
    }

    @Test
    void xSampaBecomesTheSame() {
        assertEquals("' k i v", Phonemes.fromXSampa("\"ki:v"));
        assertEquals("z E - ' l E n - s k i", Phonemes.fromXSampa("zE.\"lEn.ski"));
        assertEquals(", w A - S I N - ' t @ n", Phonemes.fromXSampa("%wA.SIN\"t@n"));
        assertEquals("' T { N k s - g I - v I N", Phonemes.fromXSampa("\"T{Nks.gI.vIN"));
        assertEquals("' r b r= - aU - dZ", Phonemes.fromXSampa("\"r\\b3`.aU.dZ"));
    }

    @Test
    void maryTtsBecomesIpaAndBack() {
        assertEquals("zɛˈlɛn.ski", Phonemes.toIpa("z E - ' l E n - s k i"));
        assertEquals("ˌwɑ.ʃɪŋˈtən", Phonemes.toIpa(", w A - S I N - ' t @ n"));
        assertEquals(", w A - S I N - ' t @ n", Phonemes.fromIpa(Phonemes.toIpa(", w A - S I N - ' t @ n")));
    }

    @Test
    void unknownSymbolsAreRefusedByName() {
        IllegalArgumentException ipa = assertThrows(IllegalArgumentException.class, () -> Phonemes.fromIpa("ˈxarkiw"));
        assertEquals("unknown IPA symbol 'x' in \"ˈxarkiw\"", ipa.getMessage());
        IllegalArgumentException sampa = assertThrows(IllegalArgumentException.class, () -> Phonemes.fromXSampa("\"Xar"));
        assertEquals("unknown X-SAMPA symbol 'X' in \"\"Xar\"", sampa.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Phonemes.fromIpa("ˈ"));
    }

    @Test
    void everyPhoneMadeIsInMaryTtsUsEnglishSet() throws Exception {
        Set<String> maryPhones;
        try (InputStream in = getClass().getResourceAsStream("/marytts/language/en_US/lexicon/allophones.en_US.xml")) {
            Matcher m = Pattern.compile("ph=\"([^\"]+)\"").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            maryPhones = m.results().map(r -> r.group(1)).collect(Collectors.toSet());
        }
        String everything = "tʃ dʒ t͡ʃ d͡ʒ ʧ ʤ aɪ aʊ ɔɪ oʊ əʊ eɪ ɑ ɒ a ɔ u i æ ʌ ɛ e ɪ ᵻ ʊ ə ɐ ɚ ɝ ɜ o p b t d k ɡ g f v θ ð s z "
                + "ʃ ʒ h m n ŋ l ɫ r ɹ ɾ w j";
        for (String phone : Phonemes.fromIpa(everything).split(" ")) assertTrue(maryPhones.contains(phone), phone);
        String xSampa = "tS dZ aI aU OI oU @U eI A Q a O u i { V E e I U @ 6 @` 3` 3 o p b t d k g f v T D s z S Z h m n N "
                + "l 5 r r\\ 4 w j";
        for (String phone : Phonemes.fromXSampa(xSampa).split(" ")) assertTrue(maryPhones.contains(phone), phone);
    }
}
