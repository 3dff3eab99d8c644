package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marytts.datatypes.MaryDataType;
import marytts.modules.MaryModule;
import marytts.modules.ModuleRegistry;

import dev.voxpress.Patience;

/**
 * MaryTTS started with its modules offline, each started once before a request needs it. The JVM of the tests is
 * shared, so whether this class or another started MaryTTS first is not known there: what is checked in it holds
 * either way, and the cold start runs in a JVM of its own.
 */
class MaryModulesTest {
    private static final VoiceProfile SLT =
            VoiceProfile.of(new Voice("cmu-slt-hsmm", MaryEngine.ENGINE, "cmu-slt-hsmm", ""));

    @Test
    void theModulesOfAConversionRunBeforeItsRequest() {
        try (MaryEngine engine = new MaryEngine(SLT)) {
            marytts.modules.synthesis.Voice voice = marytts.modules.synthesis.Voice.getVoice("cmu-slt-hsmm");
            for (MaryDataType input : List.of(MaryDataType.TEXT, MaryDataType.RAWMARYXML, MaryDataType.SSML)) {
                MaryModules.startFor(input, MaryDataType.ACOUSTPARAMS, voice, null);
                for (MaryModule module : ModuleRegistry.modulesRequiredForProcessing(input, MaryDataType.ACOUSTPARAMS,
                        voice.getLocale(), voice)) {
                    assertEquals(MaryModule.MODULE_RUNNING, module.getState(), input.name() + ": " + module.name());
                }
            }
            assertTrue(engine.synthesize("The modules are running.").seconds() > 0.5);
        }
        assertNull(System.getProperty("server"), "MaryTTS's mode is left as it was");
    }

    /**
     * In a JVM of its own, so that MaryTTS starts cold there with its assertions on (one of them fails when a request
     * starts a module itself): four engines on four threads at once speak the same samples, and a document in
     * another English (MaryTTS picks modules by its {@code xml:lang}) is spoken too.
     */
    @Test
    void aColdStartOnManyThreadsSpeaksAsOne(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-ea", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                ColdStart.class.getName()).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        assertTrue(Patience.ends(process), "the cold start did not finish");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("log")));
    }

    /** What {@link #aColdStartOnManyThreadsSpeaksAsOne} runs; exits 0 when all went well. */
    static final class ColdStart {
        public static void main(String[] args) throws Exception {
            String sentence = "Four threads ask at once, and each hears the same words.";
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Callable<float[]>> asks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                asks.add(() -> {
                    try (MaryEngine engine = new MaryEngine(SLT)) {
                        return engine.synthesize(sentence).samples();
                    }
                });
            }
            List<Future<float[]>> heard = threads.invokeAll(asks);
            threads.shutdown();
            for (Future<float[]> other : heard) {
                if (!Arrays.equals(heard.get(0).get(), other.get())) throw new AssertionError("threads differ");
            }
            try (MaryEngine engine = new MaryEngine(SLT)) {
                String british = "<maryxml version=\"0.5\" xmlns=\"http://mary.dfki.de/2002/MaryXML\" "
                        + "xml:lang=\"en-GB\"><p><s>A colour in another English.</s></p></maryxml>";
                if (!(engine.process(british, "RAWMARYXML").seconds() > 0.5)) throw new AssertionError("no audio");
            }
            if (System.getProperty("server") != null) throw new AssertionError("MaryTTS's mode was left set");
            System.exit(0);
        }
    }

    @Test
    void aServerInTheSameJvmFindsEveryModuleRunning() {
        try (MaryEngine engine = new MaryEngine(SLT)) {
            MaryModules.startAll();
            for (MaryModule module : ModuleRegistry.getAllModules()) {
                assertEquals(MaryModule.MODULE_RUNNING, module.getState(), module.name());
            }
            assertTrue(engine.process(MaryEngineTest.SSML.formatted("Still speaking."), "SSML").seconds() > 0.5);
        }
    }
}
