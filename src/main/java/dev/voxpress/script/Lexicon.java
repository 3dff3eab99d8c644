package dev.voxpress.script;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.voxpress.VoxpressException;

/**
 * A pronunciation lexicon: words and phrases with how to say them. Applied to the script before any engine sees
 * it, so every engine says a name the same way.
 *
 * <p>File format (UTF-8, one entry a line; blank lines and lines starting with {@code #} are ignored):
 * <pre>
 * Zelensky = zeh lenski
 * Volodymyr = voloh deemeer | v O - l @ - ' d i: - m I r
 * </pre>
 * Left of {@code =} is the word or phrase as articles write it; right of it the respelling, plain words that
 * any engine reads well; after an optional {@code |}, phonemes in MaryTTS's SAMPA notation for engines that take
 * them. Matching is whole-word. It is case-aware: an entry written in lower case matches the word in any case
 * ({@code oblasts} matches {@code Oblasts}), an entry with a capital letter matches only that spelling (so
 * {@code US} does not change {@code us}). Longer entries win over shorter ones that overlap them. {@link #read}
 * also reads W3C PLS files.
 */
public final class Lexicon {
    /** An empty lexicon. */
    public static final Lexicon EMPTY = new Lexicon(List.of());

    /**
     * One entry.
     *
     * @param written    the word or phrase as written
     * @param respelling how to say it, as plain words
     * @param phonemes   the MaryTTS SAMPA transcription of the respelled word, or null
     */
    public record Entry(String written, String respelling, String phonemes) {
        public Entry {
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(respelling, "respelling");
            if (written.isBlank() || respelling.isBlank()) throw new IllegalArgumentException("empty lexicon entry");
        }
    }

    /**
     * Where a respelling that has phonemes stands in a text.
     *
     * @param start the first character's index
     * @param end   the index after the last character
     * @param entry the entry respelled there
     */
    public record Match(int start, int end, Entry entry) {
    }

    private final List<Entry> entries;
    private final Pattern pattern;
    private final Pattern respellings;

    /** A lexicon of these entries; a later entry for the same spelling replaces an earlier one. */
    public Lexicon(List<Entry> entries) {
        List<Entry> unique = new ArrayList<>();
        for (Entry entry : entries) {
            unique.removeIf(e -> e.written().equals(entry.written()));
            unique.add(entry);
        }
        unique.sort(Comparator.comparingInt((Entry e) -> e.written().length()).reversed());
        this.entries = List.copyOf(unique);
        this.pattern = compile(this.entries.stream().map(Entry::written).toList());
        this.respellings = compile(this.entries.stream().filter(e -> e.phonemes() != null)
                .map(e -> e.respelling().toLowerCase(java.util.Locale.ROOT)).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    /**
     * Reads a lexicon file: a W3C PLS document ({@link PlsLexicon}) if its name ends in {@code .pls}, else this
     * class's format.
     *
     * @throws VoxpressException naming the file and line when it cannot be read or a line is malformed
     */
    public static Lexicon read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new VoxpressException(file + ": cannot read lexicon: " + e.getMessage(), e);
        }
        return read(bytes, file.toString());
    }

    /**
     * Reads a lexicon file's bytes: a W3C PLS document if {@code origin}, the file's name or path, ends in
     * {@code .pls}, else this class's format.
     *
     * @throws VoxpressException naming the origin and line when a line is malformed
     */
    public static Lexicon read(byte[] bytes, String origin) {
        if (origin.toLowerCase(java.util.Locale.ROOT).endsWith(".pls")) return PlsLexicon.parse(bytes, origin);
        try {
            return parse(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString(), origin);
        } catch (CharacterCodingException e) {
            throw new VoxpressException(origin + ": not UTF-8 text");
        }
    }

    /**
     * Parses lexicon text.
     *
     * @param origin names the text in error messages
     * @throws VoxpressException naming the origin and line of a malformed entry
     */
    public static Lexicon parse(String text, String origin) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int equals = line.indexOf('=');
            if (equals < 0) throw new VoxpressException(origin + ":" + (i + 1) + ": expected 'word = respelling'");
            String written = line.substring(0, equals).strip();
            String said = line.substring(equals + 1);
            int bar = said.indexOf('|');
            String respelling = (bar < 0 ? said : said.substring(0, bar)).strip();
            String phonemes = bar < 0 ? null : said.substring(bar + 1).strip();
            if (written.isEmpty() || respelling.isEmpty()) {
                throw new VoxpressException(origin + ":" + (i + 1) + ": expected 'word = respelling'");
            }
            entries.add(new Entry(written, respelling, phonemes == null || phonemes.isEmpty() ? null : phonemes));
        }
        return new Lexicon(entries);
    }

    /** This lexicon with {@code other}'s entries added; other's win where both have a spelling. */
    public Lexicon plus(Lexicon other) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new Lexicon(all);
    }

    /** The entries, longest spelling first. */
    public List<Entry> entries() {
        return entries;
    }

    /** Replaces every whole-word occurrence of an entry in {@code text} with its respelling. */
    public String apply(String text) {
        if (pattern == null) return text;
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(find(m.group()).respelling()));
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Finds, in a text that this lexicon has respelled, the respellings of entries that have phonemes, so that an
     * engine that takes phonemes can say those instead.
     */
    public List<Match> phonemeMatches(String text) {
        if (respellings == null) return List.of();
        List<Match> matches = new ArrayList<>();
        Matcher m = respellings.matcher(text);
        while (m.find()) {
            String found = m.group();
            entries.stream().filter(e -> e.phonemes() != null && e.respelling().equalsIgnoreCase(found)).findFirst()
                    .ifPresent(e -> matches.add(new Match(m.start(), m.end(), e)));
        }
        return matches;
    }

    /** The entry that matched {@code found}: exact spelling first, then a lower-case entry in any case. */
    private Entry find(String found) {
        for (Entry e : entries) if (e.written().equals(found)) return e;
        for (Entry e : entries) if (isLowerCase(e.written()) && e.written().equalsIgnoreCase(found)) return e;
        throw new IllegalStateException("no entry for " + found);
    }

    private static Pattern compile(List<String> words) {
        if (words.isEmpty()) return null;
        StringBuilder alternatives = new StringBuilder();
        for (String word : words) {
            if (!alternatives.isEmpty()) alternatives.append('|');
            String quoted = Pattern.quote(word);
            alternatives.append(isLowerCase(word) ? "(?iu:" + quoted + ")" : quoted);
        }
        // Letters, digits and apostrophes joined to a match make it part of a longer word; a possessive does not.
        return Pattern.compile("(?<![\\p{L}\\p{N}'’])(?:" + alternatives + ")(?![\\p{L}\\p{N}]|['’](?!s\\b)\\p{L})");
    }

    private static boolean isLowerCase(String s) {
        return s.equals(s.toLowerCase(java.util.Locale.ROOT));
    }
}
