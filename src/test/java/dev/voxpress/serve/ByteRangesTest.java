package dev.voxpress.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * {@link ByteRanges} against an oracle written straight from RFC 9110's grammar (a regular expression for the
 * syntax, big integers for first at most last), on generated valid headers, their mutations and random strings;
 * then the server over a raw socket: a Range the parser rejects gets 200 and the whole file.
 */
class ByteRangesTest {
    private static final String SPEC = "(?:\\d+-\\d*|-\\d+)";
    /** RFC 9110 14.1.2 with the recipient's list rule of 5.6.1: {@code *( "," OWS ) element *( OWS "," [ OWS element ] )}. */
    private static final Pattern GRAMMAR = Pattern.compile(
            "[ \\t]*(?i:bytes)=(?:,[ \\t]*)*" + SPEC + "(?:[ \\t]*,(?:[ \\t]*" + SPEC + ")?)*[ \\t]*");
    private static final Pattern INT_RANGE = Pattern.compile("(?<!\\d)(\\d+)-(\\d+)");
    private static final String ALPHABET = "bytesBYTES=0123456789-, \t;xX\u017f\u00a0\u0660";
    private static final int LENGTH = 5_000;

    private static Path feed;
    private static FeedServer server;
    private static byte[] file;

    static boolean oracle(String header) {
        if (!GRAMMAR.matcher(header).matches()) return false;
        Matcher m = INT_RANGE.matcher(header);
        while (m.find()) {
            if (new BigInteger(m.group(1)).compareTo(new BigInteger(m.group(2))) > 0) return false;
        }
        return true;
    }

    @Property(tries = 2000)
    void generatedValidHeadersParse(@ForAll("validHeaders") String header) {
        assertTrue(oracle(header), "generator out of the grammar: " + header);
        assertTrue(ByteRanges.isValid(header), header);
    }

    @Property(tries = 3000)
    void mutatedValidHeadersParseOrAreRejectedAsTheGrammarSays(@ForAll("mutatedHeaders") String header) {
        assertEquals(oracle(header), ByteRanges.isValid(header), header);
    }

    @Property(tries = 3000)
    void randomStringsNeverThrowAndAgreeWithTheGrammar(@ForAll("randomHeaders") String header) {
        assertEquals(oracle(header), ByteRanges.isValid(header), header);
    }

    @Example
    void examples() {
        for (String valid : List.of("bytes=0-10", "BYTES=0-", "bytes=-5", "bytes=0-0,5-9", "bytes=0-1 , 3-4",
                "bytes=0-1,\t,3-4", "bytes=,0-1", "bytes=0-1,", "bytes=007-7", "bytes=5-99999999999999999999999")) {
            assertTrue(ByteRanges.isValid(valid), valid);
        }
        for (String invalid : List.of("bytes=0-10,abc", "bytes=", "bytes=,", "bytes= 0-1", "bytes =0-1", "bytes=5-3",
                "bytes=1-2-3", "bytes=-", "bytes=0x10-", "bytes=+5-", "bytes=0-1;2-3", "items=0-1", "byteſ=0-1",
                "bytes=\u0660-1", "bytes=0 -1", "bytes=99999999999999999999999-5", "")) {
            assertFalse(ByteRanges.isValid(invalid), invalid);
        }
        assertFalse(ByteRanges.isValid(null));
    }

    @Provide
    Arbitrary<String> validHeaders() {
        Arbitrary<String> digits = Arbitraries.oneOf(Arbitraries.longs().between(0, 100_000).map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30));
        Arbitrary<String> intRange = Combinators.combine(digits, digits, Arbitraries.strings().withChars('0').ofMaxLength(3))
                .as((a, b, zeros) -> new BigInteger(a).compareTo(new BigInteger(b)) <= 0 ? zeros + a + "-" + b : b + "-" + zeros + a);
        Arbitrary<String> spec = Arbitraries.oneOf(intRange, digits.map(a -> a + "-"), digits.map(a -> "-" + a));
        Arbitrary<String> ows = Arbitraries.strings().withChars(' ', '\t').ofMaxLength(2);
        Arbitrary<String> separator = Combinators.combine(ows, ows, Arbitraries.of(",", ",", ",", ",,", ", ,"))
                .as((before, after, commas) -> before + commas + after);
        Arbitrary<String> unit = Arbitraries.of("bytes", "BYTES", "Bytes", "bYtEs");
        Arbitrary<String> leading = Arbitraries.of("", "", ",", ", ,");
        return Combinators.combine(unit, leading, spec.list().ofMinSize(1).ofMaxSize(6), separator)
                .as((u, lead, specs, sep) -> u + "=" + lead + String.join(sep, specs));
    }

    @Provide
    Arbitrary<String> mutatedHeaders() {
        Arbitrary<Character> character = Arbitraries.oneOf(Arbitraries.of(ALPHABET.chars().mapToObj(c -> (char) c)
                .toArray(Character[]::new)), Arbitraries.chars());
        return Combinators.combine(validHeaders(), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 2), character, Arbitraries.integers().between(1, 3))
                .as((header, at, kind, c, times) -> {
                    String s = header;
                    for (int i = 0; i < times; i++) s = mutate(s, (at * (i + 7)) % (s.length() + 1), kind, c);
                    return s;
                });
    }

    /** Inserts {@code c} at {@code at} (kind 0), replaces the character there with it (1) or deletes it (2). */
    private static String mutate(String s, int at, int kind, char c) {
        if (kind == 0 || at == s.length()) return s.substring(0, at) + c + s.substring(at);
        if (kind == 1) return s.substring(0, at) + c + s.substring(at + 1);
        return s.substring(0, at) + s.substring(at + 1);
    }

    @Provide
    Arbitrary<String> randomHeaders() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(30).map(s -> "bytes=" + s),
                Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(30));
    }

    @BeforeContainer
    static void start() throws IOException {
        feed = Files.createTempDirectory("voxpress-byte-ranges-");
        file = new byte[LENGTH];
        new Random(11).nextBytes(file);
        Files.createDirectories(feed.resolve("audio"));
        Files.write(feed.resolve("audio/episode.mp3"), file);
        server = new FeedServer(feed, "127.0.0.1", 0).start();
    }

    @AfterContainer
    static void stop() throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(feed)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Example
    void malformedRangeGetsTheWholeFileOverARealSocket() throws IOException {
        assertWholeFile(get("bytes=0-10,abc"));
        assertWholeFile(get("bytes=5-3"));
        assertWholeFile(get("items=0-10"));
        assertWholeFile(get("bytes=0-10", "bytes=20-30"));
        String partial = get("bytes=0-10");
        assertTrue(partial.startsWith("HTTP/1.1 206 "), partial.lines().findFirst().orElse(""));
        assertTrue(partial.contains("\r\nContent-Range: bytes 0-10/" + LENGTH + "\r\n"), partial);
        String unsatisfiable = get("bytes=" + LENGTH + "-");
        assertTrue(unsatisfiable.startsWith("HTTP/1.1 416 "), unsatisfiable.lines().findFirst().orElse(""));
    }

    @Property(tries = 300)
    void everyRejectedHeaderGetsTheWholeFile(@ForAll("mutatedHeaders") String header) throws IOException {
        if (header.chars().anyMatch(c -> c < 0x20 && c != '\t' || c >= 0x7f)) return;
        String answer = get(header);
        if (ByteRanges.isValid(header)) {
            assertTrue(answer.matches("(?s)HTTP/1\\.1 (206|416) .*"), header + " -> " + answer.lines().findFirst().orElse(""));
        } else {
            assertWholeFile(answer);
        }
    }

    private static void assertWholeFile(String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer.lines().findFirst().orElse(""));
        byte[] raw = answer.getBytes(StandardCharsets.ISO_8859_1);
        int body = answer.indexOf("\r\n\r\n") + 4;
        assertArrayEquals(file, Arrays.copyOfRange(raw, body, raw.length));
    }

    /** A GET of the episode with the given Range fields, over a fresh socket, read to the end (Connection: close). */
    private static String get(String... ranges) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET /audio/episode.mp3 HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            for (String range : ranges) request.append("Range: ").append(range).append("\r\n");
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
