package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.VoxpressException;
import dev.voxpress.script.Lexicon;
import dev.voxpress.script.Normalizer;

class VoiceProfileTest {
    @Test
    void parsesEveryKey() {
        VoiceProfile p = VoiceProfile.parse("pool", """
                engine = marytts-server
                voice = cmu-slt-hsmm
                description = Shared servers
                rate = 1.1
                pitch = -5%
                servers = http://tts1:59125, https://tts2.example.org/mary/
                timeout = 2.5
                retries = 1
                intro = From {site}.
                outro = Narrated by {voice}.
                lexicons = a.lexicon, b.lexicon
                """, "pool.properties", name -> Lexicon.parse(name.startsWith("a") ? "Kyiv = keev" : "Kyiv = kee iv\nUS = you ess", name));
        assertEquals("pool", p.name());
        assertEquals(MaryHttpEngine.ENGINE, p.engine());
        assertEquals("cmu-slt-hsmm", p.voice().engineVoice());
        assertEquals(1.1, p.rate());
        assertEquals(-5, p.pitchPercent());
        assertEquals(List.of(URI.create("http://tts1:59125/"), URI.create("https://tts2.example.org/mary/")), p.servers());
        assertEquals(Duration.ofMillis(2500), p.timeout());
        assertEquals(1, p.retries());
        assertEquals("Narrated by pool.", p.scriptSettings().outro());
        assertEquals("kee iv, you ess", p.lexicon().apply("Kyiv, US"));
    }

    @Test
    void defaultsAndTheDefaultServer() {
        VoiceProfile p = VoiceProfile.parse("x", "engine = marytts-server\nvoice = cmu-slt-hsmm\n", "x", n -> Lexicon.EMPTY);
        assertEquals(List.of(VoiceProfile.DEFAULT_SERVER), p.servers());
        assertEquals(1.0, p.rate());
        assertNull(p.intro());
        VoiceProfile local = VoiceProfile.parse("y", "engine = freetts\nvoice = kevin16\n", "y", n -> Lexicon.EMPTY);
        assertTrue(local.servers().isEmpty());
    }

    @Test
    void badProfilesNameTheFileAndTheProblem() {
        assertMessage("x.properties: missing engine", "voice = a\n");
        assertMessage("x.properties: engine must be one of", "engine = espeak\nvoice = a\n");
        assertMessage("x.properties: missing voice", "engine = marytts\n");
        assertMessage("x.properties: rate must be between", "engine = marytts\nvoice = a\nrate = 9\n");
        assertMessage("x.properties: rate is not a number", "engine = marytts\nvoice = a\nrate = fast\n");
        assertMessage("x.properties: not an http(s) server URL: ftp://x", "engine = marytts-server\nvoice = a\nservers = ftp://x\n");
    }

    private static void assertMessage(String start, String text) {
        VoxpressException e = assertThrows(VoxpressException.class,
                () -> VoiceProfile.parse("x", text, "x.properties", n -> Lexicon.EMPTY));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    @Test
    void shippedProfilesCoverEveryEngine() {
        List<VoiceProfile> profiles = Voices.profiles(Path.of("no-such-folder"));
        for (String engine : VoiceProfile.ENGINES) {
            assertTrue(profiles.stream().anyMatch(p -> p.engine().equals(engine)), engine);
        }
        VoiceProfile server = profiles.stream().filter(p -> p.name().equals("mary-server")).findFirst().orElseThrow();
        assertEquals(MaryHttpEngine.ENGINE, server.engine());
        VoiceProfile standard = profiles.stream().filter(p -> p.name().equals(Voices.DEFAULT)).findFirst().orElseThrow();
        assertTrue(standard.lexicon().apply("Zelensky").toLowerCase().startsWith("zeh"), "seed names lexicon");
    }

    @Test
    void builtInFilesAreReadFromAJarAsFromAFolder(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("voxpress.jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("dev/voxpress/X.class", "voices/", "voices/a.properties", "voices/a.lexicon",
                    "voices/sub/b.properties", "other/voices/c.properties")) {
                out.putNextEntry(new java.util.jar.JarEntry(name));
                if (!name.endsWith("/")) out.write(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        java.util.Map<String, byte[]> files = Voices.Builtin.load(jar);
        assertEquals(List.of("a.lexicon", "a.properties"), List.copyOf(files.keySet()));
        assertEquals("voices/a.lexicon", new String(files.get("a.lexicon"), java.nio.charset.StandardCharsets.UTF_8));
        Path classes = Files.createDirectories(dir.resolve("classes/voices/sub"));
        Files.writeString(classes.resolveSibling("a.properties"), "voices/a.properties");
        Files.writeString(classes.resolve("b.properties"), "voices/sub/b.properties");
        assertEquals(List.of("a.properties"), List.copyOf(Voices.Builtin.load(dir.resolve("classes")).keySet()));
    }

    @Test
    void aUserFolderAddsProfilesAndReplacesBuiltInOnes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.properties"), "engine = freetts\nvoice = kevin16\nlexicons = my.lexicon, news-names.lexicon\n");
        Files.writeString(dir.resolve("my.lexicon"), "Zelensky = zelenski\n");
        Files.writeString(dir.resolve("kevin16.properties"), "engine = freetts\nvoice = kevin16\nrate = 1.5\n");
        List<VoiceProfile> profiles = Voices.profiles(dir);
        VoiceProfile mine = profiles.stream().filter(p -> p.name().equals("mine")).findFirst().orElseThrow();
        assertEquals("don bass", mine.lexicon().apply("Donbas"), "built-in lexicon found by name");
        assertEquals("zeh lensky", mine.lexicon().apply("Zelensky"), "later lexicons win");
        assertEquals(1.5, profiles.stream().filter(p -> p.name().equals("kevin16")).findFirst().orElseThrow().rate());
        Files.writeString(dir.resolve("broken.properties"), "engine = marytts\nvoice = x\nlexicons = missing.lexicon\n");
        VoxpressException e = assertThrows(VoxpressException.class, () -> Voices.profiles(dir));
        assertTrue(e.getMessage().contains("no lexicon missing.lexicon"), e.getMessage());
    }

    @Test
    void aProfileMayNameAPlsLexicon(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(getClass().getResource("/dev/voxpress/script/news.pls").toURI()), dir.resolve("names.pls"));
        Files.writeString(dir.resolve("pls.properties"), "engine = freetts\nvoice = kevin16\nlexicons = names.pls\n");
        VoiceProfile pls = Voices.profiles(dir).stream().filter(p -> p.name().equals("pls")).findFirst().orElseThrow();
        assertEquals("nwin in keev", pls.lexicon().apply("Nguyen in Kyiv"));
    }

    @Test
    void everyShippedRespellingIsPlainWordsThatNormalizingLeavesAlone() {
        Lexicon shipped = Voices.profile("kevin16").lexicon();
        assertTrue(shipped.entries().size() >= 50, "news names");
        for (Lexicon.Entry entry : shipped.entries()) {
            assertEquals(entry.respelling(), Normalizer.normalize(entry.respelling()), entry.written());
        }
        assertEquals("air doh wahn met shee jin ping in ree yahd.", shipped.apply("Erdoğan met Xi Jinping in Riyadh."));
    }
}
