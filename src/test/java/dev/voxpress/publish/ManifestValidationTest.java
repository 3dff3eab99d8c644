package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.voxpress.VoxpressException;
import dev.voxpress.cli.Main;

/**
 * A manifest that names files outside the feed folder, or files {@code publish} never writes, is refused as it is
 * read, with one line naming the manifest, the episode and the path; {@code voxpress publish} then exits 1 having
 * changed nothing in the folder.
 */
class ManifestValidationTest {
    @TempDir
    Path tmp;

    private static Episode episode(String slug, String audio, String vtt, String srt, String chapters, String image) {
        return new Episode(slug, "guid-" + slug, "Title " + slug, "About " + slug, null, "/articles/" + slug + ".txt",
                "hash", "kevin16", Instant.parse("2026-01-02T03:04:05Z"), 12.5, 1000, audio, vtt, srt, chapters, image, null);
    }

    private static Episode audioOnly(String audio) {
        return episode("a", audio, null, null, null, null);
    }

    /** Writes a manifest of {@code episodes} to a fresh folder and reads it back. */
    private Manifest roundTrip(Episode... episodes) throws IOException {
        Path feed = Files.createTempDirectory(tmp, "feed");
        new Manifest("channel-guid", List.of(episodes)).write(feed);
        return Manifest.read(feed).orElseThrow();
    }

    private String refused(Episode... episodes) {
        String message = assertThrows(VoxpressException.class, () -> roundTrip(episodes)).getMessage();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains("manifest.json: episode "), message);
        return message;
    }

    @Test
    void readsWhatPublishWrites() throws IOException {
        Manifest manifest = roundTrip(
                episode("first", "audio/first.mp3", "audio/first.vtt", "audio/first.srt", "audio/first.chapters.json",
                        "images/first.jpg"),
                episode("second-2", "audio/second-2.3.mp3", "audio/second-2.3.vtt", null, null, null));
        assertEquals(2, manifest.episodes().size());
    }

    @Test
    void refusesPathsOutsideTheFolder() {
        assertTrue(refused(audioOnly("../outside.txt"))
                .endsWith("manifest.json: episode 1 (\"a\"): audio path \"../outside.txt\" is outside the feed folder"));
        for (String path : List.of("audio/../../x.mp3", "/etc/passwd", "/tmp/a.mp3", "C:/a.mp3", "c:a.mp3",
                "\\\\server\\share\\a.mp3", "audio\\..\\..\\a.mp3", "..", "audio/..")) {
            assertTrue(refused(audioOnly(path)).endsWith("audio path \"" + path + "\" is outside the feed folder"), path);
        }
    }

    @Test
    void refusesPathsThatAreNotTheFilesPublishWrites() {
        for (String path : List.of("", "a.mp3", "feed.xml", "manifest.json", "audio/a.wav", "images/a.mp3",
                "audio/./a.mp3", "audio//a.mp3", "./audio/a.mp3", "audio/.hidden.mp3", "audio/.mp3", "audio/sub/a.mp3",
                "audio/a.mp3\u0000", "audio/a b.mp3", "audio\\a.mp3", "AUDIO/a.mp3", "audio/a.MP3", "audio/%2e%2e.mp3")) {
            assertTrue(refused(audioOnly(path)).endsWith("audio path \"" + path + "\" is not audio/<name>.mp3"), path);
        }
        assertTrue(refused(episode("a", "audio/a.mp3", "audio/a.srt", null, null, null))
                .endsWith("vtt path \"audio/a.srt\" is not audio/<name>.vtt"));
        assertTrue(refused(episode("a", "audio/a.mp3", null, "../a.srt", null, null))
                .endsWith("srt path \"../a.srt\" is outside the feed folder"));
        assertTrue(refused(episode("a", "audio/a.mp3", null, null, "audio/a.json", null))
                .endsWith("chapters path \"audio/a.json\" is not audio/<name>.chapters.json"));
        assertTrue(refused(episode("a", "audio/a.mp3", null, null, null, "/etc/passwd"))
                .endsWith("image path \"/etc/passwd\" is outside the feed folder"));
        assertTrue(refused(episode("a", "audio/a.mp3", null, null, null, "audio/a.jpg"))
                .endsWith("image path \"audio/a.jpg\" is not images/<name>.jpg"));
    }

    @Test
    void refusesUnsafeSlugsAndFilesNamedTwice() {
        for (String slug : List.of("../x", "a/b", ".hidden", "a.b", "", "-a", "a\\b")) {
            assertTrue(refused(episode(slug, "audio/a.mp3", null, null, null, null))
                    .endsWith("slug \"" + slug + "\" is not safe as a file name"), slug);
        }
        assertTrue(refused(audioOnly("audio/a.mp3"), episode("b", "audio/a.mp3", null, null, null, null))
                .endsWith("manifest.json: episode 2 (\"b\"): audio path \"audio/a.mp3\" is also a file of episode 1"));
    }

    @Test
    void unparsableManifestIsOneLine() throws IOException {
        Files.writeString(tmp.resolve(Manifest.FILE), "{\"channelGuid\": \"g\", \"episodes\": [{\"slug\": \"a\"}]}");
        String message = assertThrows(VoxpressException.class, () -> Manifest.read(tmp)).getMessage();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.startsWith(tmp.resolve(Manifest.FILE) + ": unreadable manifest: "), message);
    }

    @Test
    void publishWithATamperedManifestExitsOneAndChangesNothing() throws Exception {
        Path articles = tmp.resolve("articles");
        Path feed = tmp.resolve("feed");
        Articles.numbered(articles, 1);
        assertEquals(0, publish(articles, feed).exit(), "first publish");

        Path manifestFile = feed.resolve(Manifest.FILE);
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) json.readTree(manifestFile.toFile());
        ObjectNode first = (ObjectNode) manifest.get("episodes").get(0);
        String slug = first.get("slug").asText();
        String audio = first.get("audio").asText();
        first.put("audio", "../outside.txt");
        json.writerWithDefaultPrettyPrinter().writeValue(manifestFile.toFile(), manifest);
        Files.writeString(tmp.resolve("outside.txt"), "not an episode", StandardCharsets.UTF_8);
        Articles.numbered(articles, 2);
        Map<String, String> before = hashes(tmp);
        assertTrue(before.containsKey("feed/" + audio), "the episode's MP3 exists: " + before.keySet());

        Published second = publish(articles, feed);
        assertEquals(1, second.exit(), second.output());
        String expected = "voxpress: " + manifestFile + ": episode 1 (\"" + slug
                + "\"): audio path \"../outside.txt\" is outside the feed folder";
        assertEquals(expected, second.output().strip());
        assertEquals(before, hashes(tmp), "every file, in the feed folder and beside it, byte for byte");
    }

    private record Published(int exit, String output) {
    }

    /** Runs {@code voxpress publish} in a child process; returns its exit code and everything it printed. */
    private Published publish(Path articles, Path feed) throws Exception {
        Path log = Files.createTempFile(tmp, "publish", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "publish", articles.toString(), "--feed", feed.toString(), "--voice", "kevin16",
                "--base-url", PublisherTest.BASE).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "publish did not finish in 120 s");
        String output = Files.readString(log);
        Files.delete(log);
        return new Published(process.exitValue(), output);
    }

    /** SHA-256 of every file under {@code dir}, by path relative to it. */
    private static Map<String, String> hashes(Path dir) throws IOException, NoSuchAlgorithmException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(dir.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(digest));
            }
        }
        return hashes;
    }
}
