package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.voxpress.script.Script;
import dev.voxpress.script.Segment;
import dev.voxpress.speak.SentenceCache;
import dev.voxpress.speak.VoiceProfile;

/** An episode is narrated again, and its sentences synthesized again, exactly when what shapes its sound changes. */
class ContentHashTest {
    private static final String BASE = "engine = openai-speech\nurl = http://127.0.0.1:8880/v1\nvoice = alloy\n"
            + "model = gpt-4o-mini-tts\ninstructions = Calm news reader.\n";
    private static final Script SCRIPT = new Script("Title", List.of(
            new Segment("Title.", "Title", Segment.Role.TITLE, -1, 500),
            new Segment("One sentence.", "One sentence.", Segment.Role.BODY, 0, 300)));

    private static VoiceProfile profile(String text) {
        return VoiceProfile.parse("neural", text, "neural.properties", null);
    }

    @Test
    void theModelInstructionsAndOtherVoicesAreInTheHashAndTheCacheKey() {
        VoiceProfile base = profile(BASE);
        String hash = Publisher.contentHash(SCRIPT, base);
        String key = SentenceCache.key(base, "One sentence.");
        for (String change : List.of("model = tts-1\n", "instructions = Cheerful.\n", "speed = 1.2\n")) {
            VoiceProfile changed = profile(BASE + change);
            assertNotEquals(hash, Publisher.contentHash(SCRIPT, changed), change);
            assertNotEquals(key, SentenceCache.key(changed, "One sentence."), change);
        }
        VoiceProfile titled = profile(BASE + "title-voice = kevin16\n");
        assertNotEquals(hash, Publisher.contentHash(SCRIPT, titled));
        assertNotEquals(Publisher.contentHash(SCRIPT, titled),
                Publisher.contentHash(SCRIPT, profile(BASE + "title-voice = cmu-slt-hsmm\n")));
        assertEquals(key, SentenceCache.key(titled, "One sentence."), "another voice for the title changed the body's sound");

        VoiceProfile sameSound = profile(BASE + "timeout = 5\nmax-concurrent = 1\nprice-per-million-chars = 15\n");
        assertEquals(hash, Publisher.contentHash(SCRIPT, sameSound));
        assertEquals(key, SentenceCache.key(sameSound, "One sentence."));
    }
}
