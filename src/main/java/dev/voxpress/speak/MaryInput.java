package dev.voxpress.speak;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.voxpress.script.Lexicon;

/**
 * What a MaryTTS engine (embedded or server) is sent for one sentence. Plain text when the profile keeps the
 * voice's own rate and pitch and no word needs a token of its own (below); else a MaryXML document ({@code RAWMARYXML}) whose
 * {@code <prosody>} asks MaryTTS for the rate and pitch, and whose {@code <t ph="...">} tokens give the lexicon's
 * phonemes, so that MaryTTS stretches its own durations and says names as the lexicon says. (MaryTTS 5.2.1
 * ignores SSML's {@code <prosody rate>}; MaryXML's it honours.)
 *
 * <p>A word with a clitic ("Ukraine's", "she's", "I'm", "they've") is sent as two tokens too: MaryTTS's lexicon
 * has no such forms, and its letter-to-sound rules say most of them wrongly ("'uh-krains", "russy-uhs", "z-sh",
 * "im"), where the word alone is in its lexicon and the clitic is one sound.
 */
final class MaryInput {
    static final String TEXT = "TEXT";
    static final String MARYXML = "RAWMARYXML";
    /**
     * Part of the sentence cache's key for the MaryTTS engines: changed whenever the same text comes to be sent
     * otherwise, so that no audio of the old input is reused.
     */
    static final String VERSION = "clitics-1";

    private static final Pattern CLITIC = Pattern.compile("(?<=\\p{L})'(s|m|re|ve|ll|d)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    /** The phones after which a possessive or "is" is said "iz", and those after which it is "s". */
    private static final Set<String> SIBILANTS = Set.of("s", "z", "S", "Z", "tS", "dZ");
    private static final Set<String> VOICELESS = Set.of("p", "t", "k", "f", "T");

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
        return rate == null && pitch == null && tokens(text).isEmpty() ? TEXT : MARYXML;
    }

    /** The input for {@code text}, of the {@link #type}. */
    String of(String text) {
        List<Token> tokens = tokens(text);
        if (rate == null && pitch == null && tokens.isEmpty()) return text;
        StringBuilder xml = new StringBuilder(text.length() + 300)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<maryxml version=\"0.5\" xmlns=\"http://mary.dfki.de/2002/MaryXML\" xml:lang=\"en-US\">")
                .append("<prosody");
        if (rate != null) xml.append(" rate=\"").append(rate).append('"');
        if (pitch != null) xml.append(" pitch=\"").append(pitch).append('"');
        xml.append("><p><s>");
        int at = 0;
        for (Token token : tokens) {
            xml.append(escape(text.substring(at, token.start()))).append("<t");
            if (token.phonemes() != null) xml.append(" ph=\"").append(escape(token.phonemes())).append('"');
            xml.append('>').append(escape(text.substring(token.start(), token.end()))).append("</t>");
            at = token.end();
        }
        return xml.append(escape(text.substring(at))).append("</s></p></prosody></maryxml>").toString();
    }

    /** A span of the text sent as a MaryXML token; phonemes null for MaryTTS's own reading. */
    private record Token(int start, int end, String phonemes) {
    }

    /** The lexicon's words with phonemes, and each clitic with the word before it, in text order. */
    private List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Lexicon.Match m : lexicon.phonemeMatches(text)) tokens.add(new Token(m.start(), m.end(), m.entry().phonemes()));
        Matcher clitic = CLITIC.matcher(text);
        while (clitic.find()) {
            int end = clitic.start();
            Token word = tokens.stream().filter(t -> t.end() == end).findFirst().orElse(null);
            if (word == null) {
                int start = end;
                while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
                word = new Token(start, end, null);
                tokens.add(word);
            }
            tokens.add(new Token(end, clitic.end(), cliticPhonemes(clitic.group(1), text.substring(word.start(), end),
                    word.phonemes())));
        }
        tokens.sort(Comparator.comparingInt(Token::start));
        return tokens;
    }

    /**
     * The clitic's sound after {@code word}; for "'s", "iz" after a hissing sound, "s" after another voiceless one,
     * else "z", judged by the word's phonemes when the lexicon gives them, by its spelling otherwise.
     */
    static String cliticPhonemes(String clitic, String word, String wordPhonemes) {
        switch (clitic.toLowerCase(Locale.ROOT)) {
            case "m": return "m";
            case "re": return "r";
            case "ve": return "v";
            case "ll": return "l";
            case "d": return "d";
            default: break;
        }
        if (wordPhonemes != null) {
            String[] phones = wordPhonemes.strip().split("[\\s'-]+");
            String last = phones[phones.length - 1];
            return SIBILANTS.contains(last) ? "@ z" : VOICELESS.contains(last) ? "s" : "z";
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches(".*(s|z|x|ch|sh|ce|ge|se|ze)")) return "@ z";
        return w.matches(".*([ptkf]|th|ph|[ptk]e)") ? "s" : "z";
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
