package dev.voxpress.script;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences. The JDK's sentence rules are the base; a break after a known abbreviation,
 * a single initial or inside a decimal number is undone, since those dots end no sentence.
 */
public final class SentenceSplitter {
    private static final Pattern NON_FINAL = Pattern.compile(
            "(?i).*\\b(mr|mrs|ms|dr|prof|st|sr|jr|gen|col|lt|sgt|capt|sen|rep|gov|pres|vol|no|fig|vs|etc|e\\.g|i\\.e|"
                    + "inc|ltd|co|corp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|u\\.s|u\\.k|\\p{Lu})\\.[\"'”’]?\\s*$");

    private SentenceSplitter() {
    }

    /** The sentences of {@code text}, trimmed, in order; none is empty. */
    public static List<String> split(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        List<String> sentences = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            pending.append(text, start, end);
            boolean nextStartsLower = end < text.length() && Character.isLowerCase(text.codePointAt(end));
            if (NON_FINAL.matcher(pending).matches() || nextStartsLower) continue;
            add(sentences, pending);
        }
        add(sentences, pending);
        return sentences;
    }

    private static void add(List<String> sentences, StringBuilder pending) {
        String sentence = pending.toString().strip();
        if (!sentence.isEmpty()) sentences.add(sentence);
        pending.setLength(0);
    }
}
