package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Narrator;
import dev.voxpress.Patience;
import dev.voxpress.cli.Main;
import dev.voxpress.speak.SpeechApiServer.Api;
import dev.voxpress.speak.SpeechApiServer.Fault;

/**
 * {@code voxpress narrate} and {@code publish} with hosted voices, run as a separate process with the API key in its
 * environment, against {@link SpeechApiServer} standing in for the remote services. The key must appear in no output
 * and no file.
 */
class NeuralNarrationTest {
    private static final String KEY_VAR = "VOXPRESS_NEURAL_TEST_KEY";
    private final String key = "sk-secret-" + UUID.randomUUID().toString().replace("-", "");
    private final List<SpeechApiServer> servers = new ArrayList<>();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static final String GERMAN = "<!doctype html><html lang=\"de\"><head><title>Rathaus beschliesst Haushalt</title>"
            + "</head><body><article><h1>Rathaus beschliesst Haushalt</h1><p>Der Rat hat am Montag den Haushalt "
            + "beschlossen. Es gibt mehr Geld fuer Strassen und Schulen in der ganzen Stadt.</p></article></body></html>";

    @AfterEach
    void stop() {
        servers.forEach(SpeechApiServer::close);
    }

    private SpeechApiServer server(Api api) throws IOException {
        SpeechApiServer server = new SpeechApiServer(api, key);
        servers.add(server);
        return server;
    }

    private Run voxpress(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.log").toFile()).redirectError(dir.resolve("stderr.log").toFile());
        builder.environment().put(KEY_VAR, key);
        // A sentence cache of this test's own, so that what counts as sent does not depend on earlier runs.
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        assertTrue(Patience.ends(process), "voxpress did not finish");
        Run run = new Run(process.exitValue(), Files.readString(dir.resolve("stdout.log")),
                Files.readString(dir.resolve("stderr.log")));
        assertFalse(run.out().contains(key) || run.err().contains(key), "the API key was printed");
        return run;
    }

    private void profiles(SpeechApiServer openAi, SpeechApiServer eleven) throws IOException {
        Path voices = Files.createDirectories(dir.resolve("voices"));
        if (openAi != null) {
            Files.writeString(voices.resolve("neural.properties"), "engine = openai-speech\nurl = " + openAi.url()
                    + "\nmodel = gpt-4o-mini-tts\nvoice = alloy\napi-key-env = " + KEY_VAR
                    + "\nprice-per-million-chars = 15\nmax-concurrent = 2\ntimeout = 5\n");
        }
        if (eleven != null) {
            Files.writeString(voices.resolve("eleven.properties"), "engine = elevenlabs\nurl = " + eleven.url()
                    + "\nmodel = eleven_multilingual_v2\nvoice-id = JBFqnCBsd6RMkjVDRZzb\napi-key-env = " + KEY_VAR
                    + "\noutput-format = pcm_24000\nprice-per-million-chars = 300\ntimeout = 5\nmax-concurrent = 1\n");
        }
    }

    private void article(String file, String title, String body) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve(file), title + "\n\n" + body + "\n");
    }

    private long sent(SpeechApiServer server, String field) {
        synchronized (server.requests) {
            return server.requests.stream().mapToLong(r -> ((String) r.json().get(field)).length()).sum();
        }
    }

    /** The key is in no file that the run wrote: audio, transcripts, feed, manifest, pages, logs. */
    private void assertKeyInNoFile() throws IOException {
        byte[] needle = key.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(new String(needle, StandardCharsets.ISO_8859_1)), "the API key is in " + file);
            }
        }
    }

    private static long number(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertTrue(m.find(), "no " + pattern + " in " + text);
        return Long.parseLong(m.group(1));
    }

    @Test
    void narrateWithOpenAi() throws Exception {
        SpeechApiServer server = server(Api.OPENAI);
        profiles(server, null);
        article("council.txt", "Council Agrees Budget", "The council met on Monday to agree the budget. "
                + "It will spend more on roads. The vote was close.");
        Files.writeString(dir.resolve("articles/rathaus.html"), GERMAN);
        Run voices = voxpress("voices");
        assertTrue(voices.out().lines().anyMatch(l -> l.startsWith("neural ") && l.contains(" ready ")), voices.out());
        assertEquals(1, server.checks.size());
        Run german = voxpress("narrate", "articles/rathaus.html", "--voice", "neural", "-o", "out/rathaus.mp3");
        assertEquals(1, german.exit(), german.err());
        assertEquals("voxpress: skipped \"Rathaus beschliesst Haushalt\": its language de is not among those of the voice "
                + "neural (en; languages= in the profile), and no voice is set for de", german.err().strip());
        assertEquals(0, server.count());
        Run dry = voxpress("narrate", "articles/council.txt", "--voice", "neural", "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertEquals(0, server.count(), "a dry run sent something");
        long wouldSend = number(dry.out(), "dry run: (\\d+) characters in \\d+ sentences would be sent to openai-speech");
        assertTrue(dry.out().contains("estimated cost $0.00 at $15 per million characters"), dry.out());
        assertFalse(Files.exists(dir.resolve("out")));

        Run run = voxpress("narrate", "articles/council.txt", "--voice", "neural", "-o", "out/council.mp3", "--transcript");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(), server.problems);
        assertTrue(Files.size(dir.resolve("out/council.mp3")) > 10_000);
        assertEquals(wouldSend, sent(server, "input"));
        assertEquals(wouldSend, number(run.err(), "characters sent: openai-speech (\\d+)"));
        assertTrue(server.mostAtOnce.get() <= 2);

        Run cached = voxpress("narrate", "articles/council.txt", "--voice", "neural", "-o", "out/cached.mp3");
        assertEquals(0, cached.exit(), cached.err());
        assertEquals(wouldSend, sent(server, "input"), "an unchanged article was sent again despite the sentence cache");
        assertTrue(cached.err().contains("characters sent: none"), cached.err());
        Run local = voxpress("narrate", "articles/council.txt", "--voice", "kevin16", "-o", "out/local.mp3");
        assertEquals(0, local.exit(), local.err());
        assertFalse(local.err().contains("characters sent"), "a local voice reported characters: " + local.err());

        Run budget = voxpress("narrate", "articles/council.txt", "--voice", "neural", "-o", "out/again.mp3", "--max-chars", "10",
                "--no-cache");
        assertEquals(1, budget.exit(), budget.err());
        assertTrue(budget.err().contains("--max-chars"), budget.err());
        assertFalse(Files.exists(dir.resolve("out/again.mp3")));
        assertEquals(wouldSend, sent(server, "input"), "the budget let characters through");

        server.script(Fault.UNAUTHORIZED);
        Run refused = voxpress("narrate", "articles/council.txt", "--voice", "neural", "-o", "out/refused.mp3", "--no-cache");
        assertEquals(1, refused.exit(), refused.err());
        assertTrue(refused.err().contains("refused the API key from " + KEY_VAR), refused.err());
        assertKeyInNoFile();
    }

    @Test
    void publishWithElevenLabs() throws Exception {
        SpeechApiServer server = server(Api.ELEVENLABS);
        profiles(null, server);
        article("a.txt", "Bridge Reopens", "The old bridge reopened on Friday after two years of repairs.");
        article("b.txt", "Library Extends Hours", "The library will stay open until nine on weekdays.");
        Files.writeString(dir.resolve("articles/rathaus.html"), GERMAN);
        Run dry = voxpress("publish", "articles", "--feed", "feed", "--voice", "eleven", "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertEquals(0, server.count(), "a dry run sent something");
        assertFalse(Files.exists(dir.resolve("feed/feed.xml")));
        long wouldSend = number(dry.out(), "dry run: (\\d+) characters in \\d+ sentences would be sent to elevenlabs");
        assertTrue(dry.out().contains("estimated cost $0.0"), dry.out());

        Run run = voxpress("publish", "articles", "--feed", "feed", "--voice", "eleven");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("2 new, 0 updated, 0 unchanged, 0 dropped, 0 failed"), run.out());
        assertTrue(run.err().contains("skipped: \"Rathaus beschliesst Haushalt\": its language de"), run.err());
        assertEquals(List.of(), server.problems);
        assertEquals(wouldSend, sent(server, "text"));
        assertEquals(wouldSend, number(run.err(), "characters sent: elevenlabs (\\d+)"));

        Run again = voxpress("publish", "articles", "--feed", "feed", "--voice", "eleven", "--dry-run");
        assertTrue(again.out().contains("dry run: 0 characters"), again.out());

        // a refused key stops the run at the first request, however many articles are new
        article("c.txt", "Park Gets New Trees", "Volunteers planted forty trees in the park.");
        article("d.txt", "School Wins Prize", "The school choir won the regional prize.");
        int before = server.count();
        server.script(Fault.UNAUTHORIZED);
        Run refused = voxpress("publish", "articles", "--feed", "feed", "--voice", "eleven");
        assertEquals(1, refused.exit(), refused.err());
        assertEquals(before + 1, server.count(), "requests after a refused key");
        assertTrue(refused.err().contains("refused the API key from " + KEY_VAR), refused.err());
        assertTrue(Files.exists(dir.resolve("feed/feed.xml")));
        assertKeyInNoFile();
    }

    /**
     * The figure of docs/neural-voices.md, which bench/neural-chars prints: the characters a cold publish of the seed
     * sends, and those its re-publish sends after one sentence changed: exactly that sentence's.
     */
    @Test
    void republishingTheSeedSendsOnlyTheChangedSentence() throws Exception {
        SpeechApiServer server = server(Api.OPENAI);
        profiles(server, null);
        String seed = Files.readString(Path.of("seeds/000_2cb86b97d415e656.txt"));
        String changed = seed.replace("lasted for an hour and forty minutes", "lasted for two hours");
        assertNotEquals(seed, changed);
        Path article = Files.createDirectories(dir.resolve("articles")).resolve("seed.txt");

        Files.writeString(article, seed);
        Run cold = voxpress("publish", "articles", "--feed", "feed", "--voice", "neural");
        assertEquals(0, cold.exit(), cold.err());
        long coldChars = number(cold.err(), "characters sent: openai-speech (\\d+)");
        assertEquals(sent(server, "input"), coldChars);
        List<String> before = sentences(article);

        Files.writeString(article, changed);
        Run again = voxpress("publish", "articles", "--feed", "feed", "--voice", "neural");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("0 new, 1 updated"), again.out());
        long againChars = number(again.err(), "characters sent: openai-speech (\\d+)");
        List<String> after = sentences(article);
        List<String> fresh = new ArrayList<>(after);
        before.forEach(fresh::remove);
        assertEquals(1, fresh.size(), "sentences that changed: " + fresh);
        assertEquals(fresh.get(0).length(), againChars);
        assertEquals(coldChars + againChars, sent(server, "input"));
        System.out.println("neural-chars: cold publish " + coldChars + " characters, re-publish after one sentence changed "
                + againChars);
    }

    /** What the profile {@code neural} is asked to say for an article, sentence by sentence. */
    private List<String> sentences(Path article) {
        VoiceProfile voice = Voices.profiles(dir.resolve("voices")).stream().filter(p -> p.name().equals("neural"))
                .findFirst().orElseThrow();
        Narrator narrator = new Narrator();
        return narrator.script(narrator.clean(article.toString()), voice).segments().stream().map(s -> s.text()).toList();
    }

    /** What the server was asked to say, all requests together. */
    private static String said(SpeechApiServer server, String field) {
        synchronized (server.requests) {
            return String.join(" ", server.requests.stream().map(r -> (String) r.json().get(field)).toList());
        }
    }

    @Test
    void eachArticleGoesToTheVoiceForItsLanguage() throws Exception {
        SpeechApiServer openAi = server(Api.OPENAI);
        SpeechApiServer eleven = server(Api.ELEVENLABS);
        profiles(openAi, eleven);
        Files.writeString(dir.resolve("voices/neural.properties"), "languages = pt, gl\n", StandardOpenOption.APPEND);
        article("bridge.txt", "Bridge Reopens", "The old bridge reopened on Friday, 22 October 2010, after two years "
                + "of repairs.");
        try (InputStream page = getClass().getResourceAsStream("/clean/chuva-pt.html")) {
            Files.copy(page, dir.resolve("articles/chuva.html"));
        }
        String skipped = "skipped: \"Chuva forte deixa bairros de Lisboa sem luz\": its language pt is not among those "
                + "of the voice eleven (en; languages= in the profile), and no voice is set for pt";

        Run englishOnly = voxpress("publish", "articles", "--feed", "feed", "--voice", "eleven");
        assertEquals(0, englishOnly.exit(), englishOnly.err());
        assertTrue(englishOnly.out().contains("1 new, 0 updated, 0 unchanged, 0 dropped, 0 failed"), englishOnly.out());
        assertEquals(1, englishOnly.err().lines().filter(line -> line.contains(skipped)).count(), englishOnly.err());
        assertEquals(0, openAi.count());
        assertTrue(said(eleven, "text").contains("twenty ten"), said(eleven, "text"));

        Files.writeString(dir.resolve("settings.properties"), "voice = eleven\nvoice.pt = neural\n");
        Run both = voxpress("publish", "articles", "--feed", "feed", "--config", "settings.properties");
        assertEquals(0, both.exit(), both.err());
        assertTrue(both.out().contains("1 new, 0 updated, 1 unchanged, 0 dropped, 0 failed"), both.out());
        assertEquals(List.of(), openAi.problems);
        String portuguese = said(openAi, "input");
        assertTrue(portuguese.contains("sexta-feira, 22 de outubro de 2010"), portuguese);
        assertTrue(portuguese.contains("1,5 milhões de euros"), portuguese);
        assertFalse(portuguese.contains("twenty"), portuguese);
        String manifest = Files.readString(dir.resolve("feed/manifest.json")).replaceAll("\\s", "");
        assertTrue(manifest.contains("\"voice\":\"neural\"") && manifest.contains("\"voice\":\"eleven\""), manifest);

        Run narrate = voxpress("narrate", "articles/chuva.html", "--voice", "eleven", "--voice-for", "pt=neural",
                "-o", "out/chuva.mp3", "--no-cache");
        assertEquals(0, narrate.exit(), narrate.err());
        assertTrue(Files.size(dir.resolve("out/chuva.mp3")) > 10_000);
        Run refused = voxpress("narrate", "articles/chuva.html", "--voice", "eleven", "--voice-for", "pt=eleven");
        assertEquals(1, refused.exit(), refused.err());
        assertEquals("voxpress: voice.pt: the voice eleven does not speak pt (en; languages= in the profile)",
                refused.err().strip());
        assertKeyInNoFile();
    }
}
