package dev.voxpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import dev.voxpress.Patience;
import dev.voxpress.script.Lexicon;

/** Runs voxpress as a separate process, as a user would, and checks exit codes, messages and files. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run voxpress(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile())
                .start();
        process.getOutputStream().close();
        assertTrue(Patience.ends(process), "voxpress did not finish");
        return new Run(process.exitValue(), Files.readString(dir.resolve("stdout")), Files.readString(dir.resolve("stderr")));
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Run run = voxpress("--help");
        assertEquals(0, run.exit());
        for (String command : List.of("narrate", "publish", "clean", "voices")) assertTrue(run.out().contains(command), run.out());
        Run narrateHelp = voxpress("narrate", "--help");
        assertEquals(0, narrateHelp.exit());
        assertTrue(narrateHelp.out().contains("--voice"));
    }

    @Test
    void everyCommandSummaryIsASentence() {
        picocli.CommandLine cli = Main.newCommandLine();
        for (var command : cli.getSubcommands().entrySet()) {
            String[] description = command.getValue().getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0 && description[0].endsWith("."), command.getKey() + ": " + String.join(" ", description));
        }
    }

    @Test
    void voicesKeepsItsColumnsAligned() throws Exception {
        Path voices = Files.createDirectories(dir.resolve("voices"));
        Files.writeString(voices.resolve("nowhere.properties"), "engine = marytts-server\nvoice = cmu-slt-hsmm\nservers = http://127.0.0.1:1/\ndescription = A server that is not there\n");
        Run run = voxpress("voices");
        assertEquals(0, run.exit(), run.err());
        List<String> rows = run.out().lines().filter(line -> !line.startsWith(" ")).toList();
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("nowhere ") && row.contains(" unavailable ")), run.out());
        Pattern columns = Pattern.compile("(\\S+ +\\S+ +(ready|unavailable) +)\\S.*");
        Set<Integer> descriptionColumn = new HashSet<>();
        for (String row : rows) {
            Matcher m = columns.matcher(row);
            assertTrue(m.matches(), row);
            descriptionColumn.add(m.group(1).length());
        }
        assertEquals(1, descriptionColumn.size(), run.out());
    }

    @Test
    void versionAndUsageErrors() throws Exception {
        Run version = voxpress("--version");
        assertEquals(0, version.exit());
        List<String> lines = version.out().lines().toList();
        assertEquals(3, lines.size(), version.out());
        assertTrue(lines.get(0).matches("voxpress \\d+\\.\\d+\\.\\d+.*"), version.out());
        assertTrue(lines.get(1).startsWith("Java " + System.getProperty("java.version")), version.out());
        assertTrue(lines.get(2).startsWith("Engines: marytts (cmu-slt-hsmm)") && lines.get(2).contains("freetts (kevin16)"), version.out());
        assertEquals(2, voxpress("narrate").exit());
        assertEquals(2, voxpress("narrate", "a.txt", "--no-such-option").exit());
        assertEquals(2, voxpress("no-such-command").exit());
    }

    @Test
    void scriptPrintsTheSentencesTheEngineWillSay() throws Exception {
        Run text = voxpress("script", "--text", "President Zelensky met Dr. Smith in Kyiv in 2022. They talked.\n\nThe end.",
                "--pauses");
        assertEquals(0, text.exit(), text.err());
        List<String> lines = text.out().lines().toList();
        assertEquals(3, lines.size(), text.out());
        assertTrue(lines.get(0).startsWith("President zeh lensky met Doctor Smith in keev in twenty twenty-two."),
                lines.get(0));
        assertTrue(lines.get(0).endsWith("\t350"), lines.get(0));
        assertTrue(lines.get(1).endsWith("\t800"), lines.get(1));
        Path voices = Files.createDirectories(dir.resolve("voices"));
        Files.writeString(voices.resolve("mine.properties"), "engine = freetts\nvoice = kevin16\noutro = Goodbye from {voice}.\n");
        Run mine = voxpress("script", "--text", "Hello.", "--voice", "mine");
        assertEquals("Hello.\nGoodbye from mine.\n", mine.out(), mine.err());
        assertEquals(2, voxpress("script").exit());
        Run unknown = voxpress("script", "--text", "Hello.", "--voice", "nobody");
        assertEquals(1, unknown.exit());
        assertEquals("voxpress: no voice named nobody (voxpress voices lists them)", unknown.err().strip());
    }

    @Test
    void lexiconExportWritesPls() throws Exception {
        Path source = Path.of("voices/news-names.lexicon").toAbsolutePath();
        Run run = voxpress("lexicon", "export", source.toString(), "--pls", "names.pls");
        assertEquals(0, run.exit(), run.err());
        assertEquals(Lexicon.read(source).entries(),
                Lexicon.read(dir.resolve("names.pls")).entries());
    }

    @Test
    void voicesListsEveryShippedProfile() throws Exception {
        Run run = voxpress("voices");
        assertEquals(0, run.exit(), run.err());
        for (String voice : List.of("cmu-slt-hsmm", "kevin16", "mary-server")) assertTrue(run.out().contains(voice), run.out());
    }

    @Test
    void missingFileIsOneLineErrorAndNoOutput() throws Exception {
        assertFailsCleanly(voxpress("narrate", "missing.txt", "-o", "out.mp3"), "missing.txt: no such file");
    }

    @Test
    void emptyFileIsOneLineErrorAndNoOutput() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertFailsCleanly(voxpress("narrate", "empty.txt", "-o", "out.mp3"), "empty.txt: empty file");
    }

    @Test
    void binaryFileIsOneLineErrorAndNoOutput() throws Exception {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        Files.write(dir.resolve("noise.txt"), bytes);
        assertFailsCleanly(voxpress("narrate", "noise.txt", "-o", "out.mp3"), "noise.txt: binary content, not text");
    }

    @Test
    void undecodableTextIsOneLineError() throws Exception {
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 society is back. It is a long story to tell.".getBytes(StandardCharsets.ISO_8859_1));
        assertFailsCleanly(voxpress("narrate", "latin1.txt", "-o", "out.mp3"), "latin1.txt: not valid UTF-8 text");
    }

    @Test
    void textWithoutAnArticleIsOneLineError() throws Exception {
        Files.writeString(dir.resolve("menu.txt"), "Home\nNews\nSport\n", StandardCharsets.UTF_8);
        assertFailsCleanly(voxpress("narrate", "menu.txt", "-o", "out.mp3"), "menu.txt: no readable article found");
    }

    @Test
    void onlyHttpUrlsAreFetched() throws Exception {
        assertFailsCleanly(voxpress("narrate", "file:///etc/passwd", "-o", "out.mp3"),
                "file:///etc/passwd: only http and https URLs are supported");
        assertFailsCleanly(voxpress("narrate", "jar:file:///tmp/a.jar!/a.html", "-o", "out.mp3"),
                "jar:file:///tmp/a.jar!/a.html: only http and https URLs are supported");
    }

    @Test
    void publicOnlyRefusesLoopbackUrls() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] page = "<html><body><p>A page that must not be fetched.</p></body></html>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/story.html";
            assertFailsCleanly(voxpress("narrate", url, "-o", "out.mp3", "--public-only"),
                    url + ": refused: 127.0.0.1 is a private or loopback address");
            Run publish = voxpress("publish", url, "--feed", "out", "--public-only", "--voice", "kevin16");
            assertEquals(1, publish.exit(), publish.err());
            assertTrue(publish.err().contains(url + ": refused: 127.0.0.1 is a private or loopback address"), publish.err());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void verboseAddsTheStackTrace() throws Exception {
        Run run = voxpress("--verbose", "narrate", "missing.txt", "-o", "out.mp3");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void narratesTheSeedToWav() throws Exception {
        Files.copy(Path.of("seeds/000_2cb86b97d415e656.txt"), dir.resolve("seed.txt"));
        Run run = voxpress("narrate", "seed.txt", "-o", "seed.wav");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("seed.wav") && run.out().contains("duration"), run.out());
        assertTrue(Files.size(dir.resolve("seed.wav")) > 44100 * 2 * 30, "less than 30 s of audio");
        assertFalse(Files.exists(dir.resolve("log")), "an engine left a log folder in the current folder");
    }

    @Test
    void sampleRateSetsTheOutputRate() throws Exception {
        Files.writeString(dir.resolve("short.txt"), "Harbour lights\n\nThe harbour lights were switched on again on Friday.\n");
        Run standard = voxpress("narrate", "short.txt", "-o", "standard.wav", "--voice", "kevin16");
        assertEquals(0, standard.exit(), standard.err());
        assertEquals(32000f, javax.sound.sampled.AudioSystem.getAudioFileFormat(dir.resolve("standard.wav").toFile())
                .getFormat().getSampleRate());
        Run cd = voxpress("narrate", "short.txt", "-o", "cd.wav", "--voice", "kevin16", "--sample-rate", "44100");
        assertEquals(0, cd.exit(), cd.err());
        assertEquals(44100f, javax.sound.sampled.AudioSystem.getAudioFileFormat(dir.resolve("cd.wav").toFile())
                .getFormat().getSampleRate());
        assertFailsCleanly(voxpress("narrate", "short.txt", "-o", "out.mp3", "--voice", "kevin16", "--sample-rate", "22050"),
                "sample rate must be one of [32000, 44100, 48000]");
    }

    @Test
    void cleanPrintsWhatWillBeNarrated() throws Exception {
        Files.copy(Path.of("seeds/000_2cb86b97d415e656.txt"), dir.resolve("seed.txt"));
        Run run = voxpress("clean", "seed.txt");
        assertEquals(0, run.exit(), run.err());
        String[] parts = run.out().strip().split("\n\n");
        assertEquals(7, parts.length, run.out());
        assertEquals("Russia, Ukraine Agree to Prisoner Exchange", parts[0]);
    }

    @Test
    void publishReportsFailuresAndPublishesTheRest() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("good.txt"), "Council Agrees Budget\n\nThe council met on Monday to agree the budget.\n");
        Files.write(articles.resolve("bad.txt"), new byte[] {0, 0, 1, 2});
        Run run = voxpress("publish", "articles", "--feed", "out", "--voice", "kevin16");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("1 new, 0 updated, 0 unchanged, 0 dropped, 1 failed"), run.out());
        assertTrue(run.err().contains("bad.txt: binary content, not text"), run.err());
        assertTrue(Files.exists(dir.resolve("out/feed.xml")));
        Run again = voxpress("publish", "articles/good.txt", "--feed", "out", "--voice", "kevin16");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("0 new, 0 updated, 1 unchanged"), again.out());
    }

    @Test
    void interruptedNarrationLeavesNoFile() throws Exception {
        Files.copy(Path.of("seeds/000_2cb86b97d415e656.txt"), dir.resolve("seed.txt"));
        Files.writeString(dir.resolve("kept.mp3"), "previous good file");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "narrate", "seed.txt", "-o", "kept.mp3"));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("narrate.log").toFile()).start();
        // Wait for the event (a .part file appears), not for a time; the deadline is only a safety net.
        long deadline = System.nanoTime() + Patience.SAFETY_NET.toNanos();
        while (!hasPartFile() && process.isAlive() && System.nanoTime() - deadline < 0) Thread.sleep(20);
        assertTrue(hasPartFile(), "narration wrote no .part file");
        assertTrue(process.isAlive(), "narration ended before it could be interrupted");
        process.destroy();
        assertTrue(Patience.ends(process));
        assertEquals("previous good file", Files.readString(dir.resolve("kept.mp3")));
        assertFalse(hasPartFile(), "temporary file left behind after SIGTERM");
    }

    private boolean hasPartFile() throws IOException {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
        }
    }

    private void assertFailsCleanly(Run run, String message) throws IOException {
        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of("voxpress: " + message), run.err().lines().toList(), "stderr");
        assertEquals("", run.out());
        assertFalse(Files.exists(dir.resolve("out.mp3")), "output file left behind");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "temporary file left behind");
        }
    }
}
