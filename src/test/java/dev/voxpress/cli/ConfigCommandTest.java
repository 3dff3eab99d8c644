package dev.voxpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Patience;
import dev.voxpress.VoxpressException;
import dev.voxpress.publish.ChannelSettings;

/** Settings from the command line, the environment, the file and the defaults, and {@code voxpress config}. */
class ConfigCommandTest {
    @TempDir
    Path dir;

    @Test
    void commandLineBeatsEnvironmentBeatsFile() throws Exception {
        Path file = dir.resolve("podcast.properties");
        Files.writeString(file, "title = From the file\nauthor = File author\nbase-url = http://file.example/\n");
        ChannelSettings settings = ChannelSettings.read(file).overrideWith(Map.of(
                "VOXPRESS_AUTHOR", "Env author", "VOXPRESS_BASE_URL", "https://env.example/", "VOXPRESS_OWNER_EMAIL", " ",
                "VOXPRESS_OPTS", "-Xmx1g"));
        settings.set("base-url", "https://cli.example/").set("title", null);

        assertEquals("From the file", settings.get("title"));
        assertEquals(file.toString(), settings.source("title"));
        assertEquals("Env author", settings.get("author"));
        assertEquals("environment (VOXPRESS_AUTHOR)", settings.source("author"));
        assertEquals("https://cli.example/", settings.get("base-url"));
        assertEquals(ChannelSettings.COMMAND_LINE, settings.source("base-url"));
        assertEquals(null, settings.get("owner.email"));
        assertEquals(null, settings.source("owner.email"));
    }

    @Test
    void environmentVariablesAreTheKeysInCapitals() {
        assertEquals("VOXPRESS_BASE_URL", ChannelSettings.environmentVariable("base-url"));
        assertEquals("VOXPRESS_OWNER_NAME", ChannelSettings.environmentVariable("owner.name"));
        assertEquals("VOXPRESS_EPISODE_LIMIT", ChannelSettings.environmentVariable("episode-limit"));
    }

    @Test
    void secretsAreMasked() {
        for (String key : List.of("api-token", "stream.key", "client-secret", "smtp.password")) {
            assertEquals("********", ConfigCommand.shown(key, "hunter2"));
        }
        assertEquals("https://x.example/", ConfigCommand.shown("base-url", "https://x.example/"));
        assertEquals("-", ConfigCommand.shown("title", null));
    }

    @Test
    void printsEveryEffectiveSettingAndItsSource() throws Exception {
        Files.writeString(dir.resolve("voxpress.properties"), "title = Demo\nbase-url = http://file.example/\n");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "config")
                .directory(dir.toFile()).redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        ChannelSettings.KEYS.forEach(key -> builder.environment().remove(ChannelSettings.environmentVariable(key)));
        builder.environment().put("VOXPRESS_BASE_URL", "https://env.example/");
        Process process = builder.start();
        assertTrue(Patience.ends(process), "voxpress config did not finish");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("err")));
        List<String> lines = Files.readAllLines(dir.resolve("out"));
        assertEquals(ChannelSettings.KEYS.size(), lines.size(), String.join("\n", lines));
        assertTrue(lines.contains("title          Demo                  voxpress.properties"), String.join("\n", lines));
        assertTrue(lines.contains("base-url       https://env.example/  environment (VOXPRESS_BASE_URL)"), String.join("\n", lines));
        assertTrue(lines.contains("episode-limit  -                     default"), String.join("\n", lines));
    }

    @Test
    void voicesForLanguagesComeFromTheFileAndTheEnvironment() throws Exception {
        Path file = dir.resolve("podcast.properties");
        Files.writeString(file, "voice = cmu-slt-hsmm\nvoice.de = eleven\nvoice.pt = neural\n");
        ChannelSettings settings = ChannelSettings.read(file).overrideWith(Map.of(
                "VOXPRESS_VOICE_PT", "openai", "VOXPRESS_VOICE_FR", "eleven", "VOXPRESS_VOICE_BAD_KEY", "x"));
        assertEquals(Map.of("de", "eleven", "pt", "openai", "fr", "eleven"), settings.languageVoices());
        assertEquals("environment (VOXPRESS_VOICE_PT)", settings.source("voice.pt"));
        assertEquals(file.toString(), settings.source("voice.de"));
        assertEquals(List.of("voice.de", "voice.fr", "voice.pt"),
                settings.keys().subList(ChannelSettings.KEYS.size(), settings.keys().size()));

        for (String bad : List.of("voice.portuguese", "voice.", "voices.pt", "voice.PT")) {
            Files.writeString(file, bad + " = neural\n");
            VoxpressException e = assertThrows(VoxpressException.class, () -> ChannelSettings.read(file));
            assertEquals(file + ": unknown setting " + bad, e.getMessage());
        }
    }
}
