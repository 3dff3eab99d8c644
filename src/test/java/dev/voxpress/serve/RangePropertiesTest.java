package dev.voxpress.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import dev.voxpress.Patience;

/**
 * Random {@code Range} (and {@code If-Range}) headers against the real server over raw sockets. Jetty parses the
 * ranges; whatever it is sent, the answer is 200 with the whole file, 206 with a correct {@code Content-Range} and
 * exactly the file's bytes there (one range, or each part of a {@code multipart/byteranges}), or 416 with
 * {@code bytes *}/length: never 500, never wrong bytes. A well-formed single range must give exactly its bytes.
 */
class RangePropertiesTest {
    private static final int LENGTH = 20_000;
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");
    private static final Map<Integer, AtomicInteger> STATUSES = new ConcurrentHashMap<>();
    private static final AtomicInteger MULTIPART = new AtomicInteger();

    private static Path feed;
    private static FeedServer server;
    private static byte[] file;
    private static String etag;

    @BeforeContainer
    static void start() throws IOException {
        feed = Files.createTempDirectory("voxpress-ranges-");
        file = new byte[LENGTH];
        new Random(7).nextBytes(file);
        Files.createDirectories(feed.resolve("audio"));
        Files.write(feed.resolve("audio/episode.mp3"), file);
        server = new FeedServer(feed, "127.0.0.1", 0).start();
        etag = response("HEAD", null, null).header("etag");
    }

    @AfterContainer
    static void stop() throws IOException {
        server.close();
        try (var files = Files.walk(feed)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        System.out.println("range properties: answers by status " + new java.util.TreeMap<>(STATUSES) + ", of which "
                + MULTIPART + " multipart/byteranges; no other status, no wrong byte");
    }

    @Property(tries = 500)
    void everyRangeHeaderGetsACorrectAnswer(@ForAll("rangeHeaders") String range, @ForAll("ifRanges") String ifRange)
            throws IOException {
        Answer answer = response("GET", range, ifRange);
        STATUSES.computeIfAbsent(answer.status, s -> new AtomicInteger()).incrementAndGet();
        switch (answer.status) {
            case 200 -> assertArrayEquals(file, answer.body, "200 must carry the whole file");
            case 206 -> checkPartial(answer);
            case 416 -> assertEquals("bytes */" + LENGTH, answer.header("content-range"));
            default -> fail("status " + answer.status + " for Range: " + range);
        }
        long[] expected = wellFormedSingle(range);
        boolean validatorMatches = ifRange == null || ifRange.equals(etag);
        if (expected != null && validatorMatches) {
            if (expected[0] >= LENGTH) {
                assertEquals(416, answer.status, range);
            } else {
                assertEquals(206, answer.status, range);
                assertEquals("bytes " + expected[0] + "-" + expected[1] + "/" + LENGTH, answer.header("content-range"), range);
            }
        }
        if (ifRange != null && !validatorMatches) assertEquals(200, answer.status, "a stale If-Range must get the whole file");
    }

    private static void checkPartial(Answer answer) {
        String type = answer.header("content-type");
        if (type != null && type.startsWith("multipart/byteranges")) {
            MULTIPART.incrementAndGet();
            String boundary = type.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1");
            String body = new String(answer.body, StandardCharsets.ISO_8859_1);
            String[] parts = body.split("--" + Pattern.quote(boundary));
            int checked = 0;
            for (String part : parts) {
                int blank = part.indexOf("\r\n\r\n");
                if (blank < 0) continue;
                Matcher m = CONTENT_RANGE.matcher(part.substring(0, blank));
                assertTrue(m.find(), "a part without Content-Range");
                byte[] bytes = part.substring(blank + 4, part.length() - 2).getBytes(StandardCharsets.ISO_8859_1);
                checkRange(m, bytes);
                checked++;
            }
            assertTrue(checked > 0, "multipart answer with no parts");
        } else {
            String contentRange = answer.header("content-range");
            Matcher m = contentRange == null ? null : CONTENT_RANGE.matcher(contentRange);
            assertTrue(m != null && m.matches(), "206 with Content-Range " + contentRange);
            checkRange(m, answer.body);
        }
    }

    private static void checkRange(Matcher m, byte[] bytes) {
        long first = Long.parseLong(m.group(1));
        long last = Long.parseLong(m.group(2));
        assertEquals(LENGTH, Long.parseLong(m.group(3)));
        assertTrue(first <= last && last < LENGTH, "impossible range " + m.group());
        assertArrayEquals(Arrays.copyOfRange(file, (int) first, (int) last + 1), bytes, "bytes of " + m.group());
    }

    /** For a well-formed single range, {first, last} as the server must send it (first >= LENGTH: unsatisfiable); else null. */
    static long[] wellFormedSingle(String range) {
        if (range == null) return null;
        Matcher m = Pattern.compile("bytes=(\\d{1,9})-(\\d{0,9})|bytes=-(\\d{1,9})").matcher(range);
        if (!m.matches()) return null;
        if (m.group(3) != null) {
            long suffix = Long.parseLong(m.group(3));
            return suffix == 0 ? null : new long[] {Math.max(0, LENGTH - suffix), LENGTH - 1};
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? LENGTH - 1 : Long.parseLong(m.group(2));
        if (last < first) return null;
        return new long[] {first, Math.min(last, LENGTH - 1)};
    }

    @Provide
    Arbitrary<String> rangeHeaders() {
        Arbitrary<Long> position = Arbitraries.oneOf(Arbitraries.longs().between(0, LENGTH + 50),
                Arbitraries.of(0L, 1L, LENGTH - 1L, (long) LENGTH, LENGTH + 1L, Integer.MAX_VALUE + 1L, Long.MAX_VALUE));
        Arbitrary<String> number = Arbitraries.oneOf(position.map(String::valueOf),
                Arbitraries.of("", "-1", "99999999999999999999999", "0x10", "1e3", " 5", "+5", "007"));
        Arbitrary<String> spec = Arbitraries.oneOf(
                Combinators.combine(number, number).as((a, b) -> a + "-" + b),
                number.map(a -> a + "-"),
                number.map(b -> "-" + b),
                Arbitraries.of("-", "", "a-b", "5", "1-2-3", " 10 - 20 ", "--5", "5--"));
        Arbitrary<String> unit = Arbitraries.of("bytes=", "bytes=", "bytes=", "Bytes=", "bytes =", "items=", "", "bytes=,");
        Arbitrary<String> separator = Arbitraries.of(",", ", ", " ,", ",,");
        return Combinators.combine(unit, spec.list().ofMinSize(1).ofMaxSize(4), separator)
                .as((u, specs, sep) -> u + String.join(sep, specs));
    }

    @Provide
    Arbitrary<String> ifRanges() {
        return Arbitraries.of("CURRENT", "\"stale\"", "Thu, 01 Jan 1970 00:00:00 GMT", "garbage")
                .map(v -> v.equals("CURRENT") ? etag : v).injectNull(0.6);
    }

    record Answer(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** One request over a fresh raw socket, read to the end (Connection: close). */
    static Answer response(String method, String range, String ifRange) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(Patience.SOCKET_TIMEOUT_MS);
            StringBuilder request = new StringBuilder(method + " /audio/episode.mp3 HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            if (range != null) request.append("Range: ").append(range).append("\r\n");
            if (ifRange != null) request.append("If-Range: ").append(ifRange).append("\r\n");
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            return parse(socket.getInputStream().readAllBytes(), method.equals("HEAD"));
        }
    }

    private static Answer parse(byte[] raw, boolean head) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        List<String> lines = List.of(text.substring(0, end).split("\r\n"));
        int status = Integer.parseInt(lines.get(0).split(" ")[1]);
        Map<String, String> headers = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        if (head) body = new byte[0];
        else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) body = dechunk(body);
        else if (headers.containsKey("content-length")) {
            assertEquals(Long.parseLong(headers.get("content-length")), body.length, "Content-Length");
        }
        return new Answer(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) throw new IOException("truncated chunked body");
                if (c != '\r') size.append((char) c);
            }
            int n = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (n == 0) return out.toByteArray();
            out.write(in.readNBytes(n));
            in.readNBytes(2);
        }
    }
}
