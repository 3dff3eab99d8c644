package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.voxpress.VoxpressException;
import dev.voxpress.script.Lexicon;

/** The voice for an article: the one set for its language, else the default when it speaks it, else none. */
class LanguageVoicesTest {
    private static VoiceProfile profile(String name, String languages) {
        String text = "engine = openai-speech\nvoice = alloy\nurl = http://127.0.0.1:1/\n"
                + (languages == null ? "" : "languages = " + languages + "\n");
        return VoiceProfile.parse(name, text, name + ".properties", file -> Lexicon.EMPTY);
    }

    @Test
    void theVoiceSetForALanguageWinsThenTheDefaultThenNone() {
        VoiceProfile english = profile("english", null);
        VoiceProfile iberian = profile("iberian", "pt, es");
        VoiceProfile german = profile("german", "de, en");
        LanguageVoices voices = new LanguageVoices(english, Map.of("pt", iberian, "DE", german));

        assertSame(iberian, voices.voiceFor("pt-BR"));
        assertSame(german, voices.voiceFor("de_AT"));
        assertSame(english, voices.voiceFor("en-US"));
        assertSame(english, voices.voiceFor(null), "an article of unknown language goes to the default voice");
        assertNull(voices.voiceFor("es"), "iberian is set for pt only");
        assertNull(voices.refusal("pt"));
        assertEquals("its language es is not among those of the voice english (en; languages= in the profile), "
                + "and no voice is set for es", voices.refusal("es"));
    }

    @Test
    void aVoiceSetForALanguageItDoesNotSpeakIsRefusedAtOnce() {
        VoxpressException e = assertThrows(VoxpressException.class,
                () -> new LanguageVoices(profile("english", null), Map.of("fr", profile("german", "de"))));
        assertEquals("voice.fr: the voice german does not speak fr (de; languages= in the profile)", e.getMessage());
    }
}
