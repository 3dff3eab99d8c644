package dev.voxpress.speak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import dev.voxpress.VoxpressException;
import dev.voxpress.script.Lexicon;

/**
 * The voice profiles this machine has, and the engine for each. Profiles come from two places: those built into
 * voxpress (the repository's {@code voices/} folder, packed into the jar), and {@code voices/} in the current
 * folder, whose profiles add to them or replace those of the same name. A profile names its lexicons by file
 * name; they are looked up beside it, then among the built-in ones.
 */
public final class Voices {
    /** The voice used when none is named. */
    public static final String DEFAULT = MaryEngine.DEFAULT_VOICE;
    /** The folder, relative to the current one, where users keep their own profiles and lexicons. */
    public static final Path USER_DIR = Path.of("voices");
    private static final String PROFILE_SUFFIX = ".properties";

    private Voices() {
    }

    /** Every profile, built-in and the current folder's, by name. */
    public static List<VoiceProfile> profiles() {
        return profiles(USER_DIR);
    }

    /** Every profile, built-in and {@code userDir}'s, by name. */
    public static List<VoiceProfile> profiles(Path userDir) {
        Map<String, byte[]> builtin = Builtin.files();
        Map<String, VoiceProfile> byName = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : builtin.entrySet()) {
            String fileName = file.getKey();
            if (!fileName.endsWith(PROFILE_SUFFIX)) continue;
            String origin = Builtin.origin(fileName);
            byName.put(profileName(fileName), VoiceProfile.parse(profileName(fileName),
                    new String(file.getValue(), StandardCharsets.UTF_8), origin,
                    lexicon -> builtinLexicon(builtin, lexicon, origin)));
        }
        if (Files.isDirectory(userDir)) byName.putAll(read(userDir, builtin));
        return List.copyOf(byName.values());
    }

    /** The profile of this name (case-insensitive), if any. */
    public static Optional<VoiceProfile> find(String name) {
        return profiles().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The profile of this name.
     *
     * @throws EngineException when there is none
     */
    public static VoiceProfile profile(String name) {
        return find(name).orElseThrow(() -> new EngineException("no voice named " + name
                + " (voxpress voices lists them)"));
    }

    /**
     * Opens the engine for a voice.
     *
     * @throws EngineException when no such voice exists or its engine cannot start
     */
    public static Engine open(String name) {
        return open(profile(name));
    }

    /**
     * Opens the engine a profile names.
     *
     * @throws EngineException when the engine cannot start or lacks the voice
     */
    public static Engine open(VoiceProfile profile) {
        return switch (profile.engine()) {
            case MaryEngine.ENGINE -> new MaryEngine(profile);
            case FreeTtsEngine.ENGINE -> new FreeTtsEngine(profile);
            case MaryHttpEngine.ENGINE -> new MaryHttpEngine(profile);
            case OpenAiSpeechEngine.ENGINE -> new OpenAiSpeechEngine(profile);
            case ElevenLabsEngine.ENGINE -> new ElevenLabsEngine(profile);
            default -> throw new EngineException("unknown engine " + profile.engine());
        };
    }

    /**
     * Begins, on a background thread, what opening these profiles' engines will wait for, when they all need it:
     * embedded MaryTTS's start and its modules' (a second or so). For a caller that will surely open one and has
     * other work to do first.
     */
    public static void startEarly(List<VoiceProfile> profiles) {
        if (profiles.stream().allMatch(profile -> profile.engine().equals(MaryEngine.ENGINE))) {
            MaryEngine.startInBackground(profiles.stream().map(profile -> profile.voice().engineVoice()).distinct().toList());
        }
    }

    /**
     * Whether a profile can speak on this machine now, and if not why: an embedded voice must be installed, a
     * server must answer.
     *
     * @return empty when ready, else the reason
     */
    public static Optional<String> unavailable(VoiceProfile profile) {
        return switch (profile.engine()) {
            case MaryEngine.ENGINE -> MaryEngine.installedVoices().contains(profile.voice().engineVoice())
                    ? Optional.empty() : Optional.of("MaryTTS voice " + profile.voice().engineVoice() + " not installed");
            case FreeTtsEngine.ENGINE -> FreeTtsEngine.hasVoice(profile.voice().engineVoice())
                    ? Optional.empty() : Optional.of("FreeTTS voice " + profile.voice().engineVoice() + " not installed");
            case OpenAiSpeechEngine.ENGINE, ElevenLabsEngine.ENGINE -> neuralUnavailable(profile);
            default -> profile.servers().stream().anyMatch(Voices::answers) ? Optional.empty()
                    : Optional.of("no server answers at " + profile.servers().stream().map(URI::toString).toList());
        };
    }

    /**
     * A hosted voice is ready when the key variable it names is set and its service answers a call that costs no
     * characters (see {@link NeuralEngine#unavailable()}).
     */
    private static Optional<String> neuralUnavailable(VoiceProfile profile) {
        try (Engine engine = open(profile)) {
            return ((NeuralEngine) engine).unavailable();
        } catch (EngineException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static boolean answers(URI server) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest request = HttpRequest.newBuilder(server.resolve("version")).timeout(Duration.ofSeconds(3)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The profiles in {@code dir}; lexicons are looked up there, then among the built-in files. */
    private static Map<String, VoiceProfile> read(Path dir, Map<String, byte[]> builtin) {
        Map<String, VoiceProfile> profiles = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(PROFILE_SUFFIX)).sorted().toList()) {
                String name = profileName(file.getFileName().toString());
                profiles.put(name, VoiceProfile.parse(name, Files.readString(file, StandardCharsets.UTF_8),
                        file.toString(), lexicon -> lexicon(dir, builtin, lexicon, file)));
            }
        } catch (IOException e) {
            throw new VoxpressException(dir + ": cannot read voice profiles: " + e.getMessage(), e);
        }
        return profiles;
    }

    private static String profileName(String fileName) {
        return fileName.substring(0, fileName.length() - PROFILE_SUFFIX.length());
    }

    private static Lexicon lexicon(Path dir, Map<String, byte[]> builtin, String name, Path profile) {
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file)) return Lexicon.read(file);
        return builtinLexicon(builtin, name, profile.toString());
    }

    private static Lexicon builtinLexicon(Map<String, byte[]> builtin, String name, String profile) {
        if (!builtin.containsKey(name)) throw new VoxpressException(profile + ": no lexicon " + name);
        return Builtin.LEXICONS.computeIfAbsent(name, file -> Lexicon.read(builtin.get(file), Builtin.origin(file)));
    }

    /**
     * The files packed with voxpress, {@code voices/} in the jar or in the class folder, by name: read once, since
     * they cannot change while it runs. The jar is read as the class loader has it open already; a zip file
     * system on it would index all of its twenty thousand entries first, tens of milliseconds on every call.
     */
    static final class Builtin {
        private static final String FOLDER = "voices/";
        /** The built-in lexicons parsed so far (a lexicon is immutable), shared by the profiles that name them. */
        static final Map<String, Lexicon> LEXICONS = new ConcurrentHashMap<>();
        private static Map<String, byte[]> files;

        static synchronized Map<String, byte[]> files() {
            if (files == null) {
                try {
                    files = Collections.unmodifiableMap(
                            load(Path.of(Voices.class.getProtectionDomain().getCodeSource().getLocation().toURI())));
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return files;
        }

        /** Names a built-in file in messages. */
        static String origin(String fileName) {
            return "built-in " + FOLDER + fileName;
        }

        /** The files in {@code voices/} of a class folder or a jar, by name (sub-folders left out). */
        static Map<String, byte[]> load(Path location) {
            Map<String, byte[]> files = new TreeMap<>();
            try {
                if (Files.isDirectory(location)) {
                    try (Stream<Path> list = Files.list(location.resolve(FOLDER))) {
                        for (Path file : list.filter(Files::isRegularFile).toList()) {
                            files.put(file.getFileName().toString(), Files.readAllBytes(file));
                        }
                    }
                    return files;
                }
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String name = entry.getName();
                        if (entry.isDirectory() || !name.startsWith(FOLDER) || name.indexOf('/', FOLDER.length()) >= 0) {
                            continue;
                        }
                        try (InputStream in = jar.getInputStream(entry)) {
                            files.put(name.substring(FOLDER.length()), in.readAllBytes());
                        }
                    }
                }
                return files;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in voice profiles", e);
            }
        }
    }
}
