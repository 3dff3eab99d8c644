package dev.voxpress.speak;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import dev.voxpress.script.Lexicon;

/**
 * What a MaryTTS engine (embedded or server) is sent for one sentence. Plain text when the profile keeps the
 * voice's own rate and pitch and no lexicon word has phonemes; else a MaryXML document ({@code RAWMARYXML}) whose
 * {@code <prosody>} asks MaryTTS for the rate and pitch, and whose {@code <t ph="...">} tokens give the lexicon's
 * phonemes, so that MaryTTS stretches its own durations and says names as the lexicon says. (MaryTTS 5.2.1
 * ignores SSML's {@code <prosody rate>}; MaryXML's it honours.)
 */
final class MaryInput {
    static final String TEXT = "TEXT";
    static final String MARYXML = "RAWMARYXML";

    private final String rate;
    private final String pitch;
    private final Lexicon lexicon;

    MaryInput(VoiceProfile profile) {
        rate = profile.rate() == 1.0 ? null : percent(profile.rate() * 100);
        pitch = profile.pitchPercent() == 0 ? null
                : (profile.pitchPercent() > 0 ? "+" : "") + percent(profile.pitchPercent());
        lexicon = profile.lexicon();
    }

    /** MaryTTS's input type for {@code text}: {@link #TEXT} or {@link #MARYXML}. */
    String type(String text) {
        return rate == null && pitch == null && lexicon.phonemeMatches(text).isEmpty() ? TEXT : MARYXML;
    }

    /** The input for {@code text}, of the {@link #type}. */
    String of(String text) {
        List<Lexicon.Match> matches = lexicon.phonemeMatches(text);
        if (rate == null && pitch == null && matches.isEmpty()) return text;
        StringBuilder xml = new StringBuilder(text.length() + 300)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<maryxml version=\"0.5\" xmlns=\"http://mary.dfki.de/2002/MaryXML\" xml:lang=\"en-US\">")
                .append("<prosody");
        if (rate != null) xml.append(" rate=\"").append(rate).append('"');
        if (pitch != null) xml.append(" pitch=\"").append(pitch).append('"');
        xml.append("><p><s>");
        int at = 0;
        for (Lexicon.Match m : matches) {
            xml.append(escape(text.substring(at, m.start())))
                    .append("<t ph=\"").append(escape(m.entry().phonemes())).append("\">")
                    .append(escape(text.substring(m.start(), m.end()))).append("</t>");
            at = m.end();
        }
        return xml.append(escape(text.substring(at))).append("</s></p></prosody></maryxml>").toString();
    }

    /**
     * Speaks a sentence through an engine's {@code process(input, inputType)}; a failure names the sentence, not
     * the document sent. An unreachable engine's failure passes as it is.
     */
    Pcm speak(String text, BiFunction<String, String, Pcm> process) {
        try {
            return process.apply(of(text), type(text));
        } catch (EngineUnavailableException e) {
            throw e;
        } catch (EngineException e) {
            throw new EngineException("MaryTTS cannot speak \"" + MaryEngine.abbreviate(text) + "\": "
                    + MaryEngine.innermostMessage(e), e);
        }
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
