package dev.voxpress.script;

/**
 * Turns written English into the words an engine should say, the same words for every engine: numbers, dates,
 * times, money, units, abbreviations, initialisms, web addresses and symbols are written out ("$5.50" → "five
 * dollars and fifty cents", "Dr. Smith" → "Doctor Smith", "the BBC" → "the B B C"), and characters an engine cannot
 * say (other scripts, emoji, control characters) are dropped. The result holds only ASCII letters, spaces and
 * {@code . , ; : ? ! ' " - ( )}, with no digits; it may be empty.
 *
 * <p>Give it one sentence at a time, as {@link SentenceSplitter} finds them: an abbreviation's dot is kept only at
 * the very end of the text, where it is also the full stop. Each rule lives in its own class, applied in this
 * order: {@link Characters}, {@link Between}, {@link WebAddresses}, {@link Arithmetic}, {@link Quarters},
 * {@link Dates}, {@link Codes}, {@link Addresses}, {@link Times}, {@link Money}, {@link Fractions}, {@link Measures},
 * {@link Abbreviations}, {@link RomanNumerals}, {@link Numbers}, {@link Initialisms}, {@link Symbols}, {@link Tidy}.
 */
public final class Normalizer {
    private Normalizer() {
    }

    /** The words an engine should say for {@code text}; empty if nothing in it can be said. */
    public static String normalize(String text) {
        String s = Characters.clean(text);
        s = Between.speak(s);
        s = WebAddresses.speak(s);
        s = Arithmetic.speak(s);
        s = Quarters.speak(s);
        s = Dates.speak(s);
        s = Codes.speak(s);
        s = Addresses.speak(s);
        s = Times.speak(s);
        s = Money.speak(s);
        s = Fractions.speak(s);
        s = Measures.speak(s);
        s = Abbreviations.expand(s);
        s = RomanNumerals.speak(s);
        s = Numbers.speak(s);
        s = Initialisms.speak(s);
        s = Symbols.speak(s);
        return Tidy.finish(s);
    }
}
