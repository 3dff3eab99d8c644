package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded MaryTTS engine with input types other than plain text: SSML and MaryXML. */
class MaryEngineTest {
    static final String SSML = "<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" "
            + "xml:lang=\"en-US\">%s</speak>";
    static final String MARYXML = "<maryxml version=\"0.5\" xmlns=\"http://mary.dfki.de/2002/MaryXML\" "
            + "xml:lang=\"en-US\"><p><s>%s</s></p></maryxml>";

    private static MaryEngine engine;

    @BeforeAll
    static void open() {
        engine = new MaryEngine(VoiceProfile.of(new Voice("cmu-slt-hsmm", MaryEngine.ENGINE, "cmu-slt-hsmm", "")));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void ssmlProsodyRateChangesTheDuration() {
        double plain = engine.process(SSML.formatted("Hello there."), "SSML").seconds();
        double slower = engine.process(SSML.formatted("<prosody rate=\"-50%\">Hello there.</prosody>"), "SSML").seconds();
        double factor = engine.process(SSML.formatted("<prosody rate=\"0.5\">Hello there.</prosody>"), "SSML").seconds();
        assertTrue(slower > plain * 1.3, "rate -50%: " + slower + " s against " + plain + " s");
        assertEquals(slower, factor, 1e-9, "rate 0.5 is rate -50%");
        assertEquals(plain, engine.synthesize("Hello there.").seconds(), 1e-9, "after SSML, text is text again");
    }

    @Test
    void maryXmlTokensTakeTheirTranscription() {
        double ruled = engine.process(MARYXML.formatted("Zelensky spoke."), "RAWMARYXML").seconds();
        double given = engine.process(MARYXML.formatted("<t ph=\"z @ - ' l E n - s k i\">Zelensky</t> spoke."),
                "RAWMARYXML").seconds();
        assertTrue(given > 0.5 && given != ruled, "transcribed " + given + " s, by the rules " + ruled + " s");
    }

    @Test
    void reportsBadInputInOneLine() {
        EngineException phone = assertThrows(EngineException.class,
                () -> engine.process(MARYXML.formatted("<t ph=\"z @ - ' l E n - s k x\">Zelensky</t>"), "RAWMARYXML"));
        assertTrue(phone.getMessage().endsWith("Found unknown symbol `x' in phonetic string ` s k x' -- ignoring."),
                phone.getMessage());
        EngineException malformed = assertThrows(EngineException.class, () -> engine.process("<speak>Hello", "SSML"));
        assertTrue(malformed.getMessage().startsWith("MaryTTS cannot parse \"<speak>Hello\": "), malformed.getMessage());
        EngineException type = assertThrows(EngineException.class, () -> engine.process("Hello", "NOPE"));
        assertEquals("MaryTTS cannot read input of type NOPE: No such type: NOPE", type.getMessage());
    }
}
