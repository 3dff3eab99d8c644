package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.voxpress.script.Lexicon;

/** What the MaryTTS engines are sent, and that MaryTTS honours it. */
class MaryInputTest {
    private static final Voice SLT = new Voice("slt", MaryEngine.ENGINE, "cmu-slt-hsmm", "");
    private static final Lexicon NAMES = Lexicon.parse("Zelensky = zeh lensky | z E - ' l E n - s k i\n", "test");

    private static VoiceProfile profile(double rate, double pitch, Lexicon lexicon) {
        return new VoiceProfile(SLT, rate, pitch, List.of(), Duration.ofSeconds(5), 0, null, null, lexicon);
    }

    @Test
    void plainTextWhenNothingAsksForMore() {
        MaryInput input = new MaryInput(profile(1.0, 0, NAMES));
        assertEquals(MaryInput.TEXT, input.type("Nothing special <here> & there."));
        assertEquals("Nothing special <here> & there.", input.of("Nothing special <here> & there."));
    }

    @Test
    void maryXmlWithProsodyAndPhonemes() {
        MaryInput input = new MaryInput(profile(0.9, 10, NAMES));
        String xml = input.of("President zeh lensky & \"friends\" <spoke>.");
        assertEquals(MaryInput.MARYXML, input.type("x"));
        assertTrue(xml.contains("<prosody rate=\"90%\" pitch=\"+10%\">"), xml);
        assertTrue(xml.contains("President <t ph=\"z E - ' l E n - s k i\">zeh lensky</t> &amp; &quot;friends&quot; &lt;spoke&gt;."), xml);
        try (MaryEngine engine = new MaryEngine(profile(1.0, 0, NAMES))) {
            assertTrue(engine.process(xml, input.type(xml)).seconds() > 1, "MaryTTS reads it");
        }
    }

    @Test
    void aWordAndItsCliticAreTwoTokensThatMaryTtsSays() {
        MaryInput input = new MaryInput(profile(1.0, 0, NAMES));
        String sentence = "Ukraine's boss's and Smith's aide: I'm sure they've seen zeh lensky's plan, it's here.";
        String xml = input.of(sentence);
        assertEquals(MaryInput.MARYXML, input.type(sentence));
        assertTrue(xml.contains("<t>Ukraine</t><t ph=\"z\">'s</t> <t>boss</t><t ph=\"@ z\">'s</t> and "
                + "<t>Smith</t><t ph=\"s\">'s</t> aide: <t>I</t><t ph=\"m\">'m</t> sure "
                + "<t>they</t><t ph=\"v\">'ve</t> seen <t ph=\"z E - ' l E n - s k i\">zeh lensky</t><t ph=\"z\">'s</t> "
                + "plan, <t>it</t><t ph=\"s\">'s</t> here."), xml);
        assertEquals(MaryInput.TEXT, input.type("The bosses' cars and rock 'n' roll."), "no clitic there");
        try (MaryEngine engine = new MaryEngine(profile(1.0, 0, NAMES))) {
            assertTrue(engine.process(xml, input.type(sentence)).seconds() > 2, "MaryTTS reads it");
        }
    }

    @Test
    void theSoundOfSFollowsTheWordsLastPhoneOrSpelling() {
        assertEquals("@ z", MaryInput.cliticPhonemes("s", "hair sawn", "h E r - ' s O n s"));
        assertEquals("s", MaryInput.cliticPhonemes("s", "poo tin", "' p u - t I n t"));
        assertEquals("z", MaryInput.cliticPhonemes("S", "keev", "' k i v"));
        assertEquals("@ z", MaryInput.cliticPhonemes("s", "France", null));
        assertEquals("s", MaryInput.cliticPhonemes("s", "Kate", null));
        assertEquals("r", MaryInput.cliticPhonemes("RE", "we", null));
    }

    @Test
    void maryTtsSpeaksSlowerWhenAskedAndSaysThePhonemes() {
        String sentence = "President zeh lensky said the negotiations lasted for an hour and forty minutes.";
        double normal;
        double slow;
        try (Engine engine = new MaryEngine(profile(1.0, 0, NAMES))) {
            normal = engine.synthesize(sentence).seconds();
        }
        try (Engine engine = new MaryEngine(profile(0.8, -10, NAMES))) {
            slow = engine.synthesize(sentence).seconds();
        }
        assertTrue(slow > normal * 1.1, "rate 0.8: " + slow + " s against " + normal + " s");
    }

    @Test
    void everyShippedPhonemeTranscriptionIsOneMaryTtsSays() {
        Lexicon shipped = Voices.profile(Voices.DEFAULT).lexicon();
        assertTrue(shipped.entries().stream().anyMatch(e -> e.phonemes() != null));
        try (Engine engine = new MaryEngine(profile(1.0, 0, shipped))) {
            for (Lexicon.Entry entry : shipped.entries()) {
                if (entry.phonemes() == null) continue;
                Pcm audio = engine.synthesize("Said " + entry.respelling() + ".");
                assertTrue(audio.seconds() > 0.5, entry.written());
            }
        }
    }
}
