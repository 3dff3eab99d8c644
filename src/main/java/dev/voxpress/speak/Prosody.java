package dev.voxpress.speak;

import java.util.Locale;

/**
 * What a MaryTTS engine (embedded or server) is sent for one sentence: the plain text when the profile keeps the
 * voice's own rate and pitch, else an SSML document whose {@code <prosody>} asks MaryTTS for them, so the engine
 * stretches its own durations rather than voxpress stretching its audio.
 */
final class Prosody {
    static final String TEXT = "TEXT";
    static final String SSML = "SSML";

    private final String rate;
    private final String pitch;

    Prosody(VoiceProfile profile) {
        rate = profile.rate() == 1.0 ? null : percent(profile.rate() * 100);
        pitch = profile.pitchPercent() == 0 ? null
                : (profile.pitchPercent() > 0 ? "+" : "") + percent(profile.pitchPercent());
    }

    /** MaryTTS's input type for {@link #input}. */
    String inputType() {
        return rate == null && pitch == null ? TEXT : SSML;
    }

    /** The input for one sentence of plain text. */
    String input(String text) {
        if (inputType().equals(TEXT)) return text;
        StringBuilder ssml = new StringBuilder(text.length() + 200)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"en-US\">")
                .append("<prosody");
        if (rate != null) ssml.append(" rate=\"").append(rate).append('"');
        if (pitch != null) ssml.append(" pitch=\"").append(pitch).append('"');
        return ssml.append('>').append(escape(text)).append("</prosody></speak>").toString();
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
