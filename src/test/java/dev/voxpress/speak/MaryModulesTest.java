package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import marytts.datatypes.MaryDataType;
import marytts.modules.MaryModule;
import marytts.modules.ModuleRegistry;

/**
 * MaryTTS started with its modules offline, each started once before a request needs it. The JVM of the tests is
 * shared, so whether this class or another started MaryTTS first is not known: what is checked holds either way.
 */
class MaryModulesTest {
    private static final VoiceProfile SLT =
            VoiceProfile.of(new Voice("cmu-slt-hsmm", MaryEngine.ENGINE, "cmu-slt-hsmm", ""));

    @Test
    void theModulesOfAConversionRunBeforeItsRequest() {
        try (MaryEngine engine = new MaryEngine(SLT)) {
            marytts.modules.synthesis.Voice voice = marytts.modules.synthesis.Voice.getVoice("cmu-slt-hsmm");
            for (MaryDataType input : List.of(MaryDataType.TEXT, MaryDataType.RAWMARYXML, MaryDataType.SSML)) {
                MaryModules.startFor(input, MaryDataType.ACOUSTPARAMS, voice);
                for (MaryModule module : ModuleRegistry.modulesRequiredForProcessing(input, MaryDataType.ACOUSTPARAMS,
                        voice.getLocale(), voice)) {
                    assertEquals(MaryModule.MODULE_RUNNING, module.getState(), input.name() + ": " + module.name());
                }
            }
            assertTrue(engine.synthesize("The modules are running.").seconds() > 0.5);
        }
        assertNull(System.getProperty("server"), "MaryTTS's mode is left as it was");
    }

    @Test
    void enginesOnManyThreadsAtOnceSpeakAsOne() throws Exception {
        String sentence = "Four threads ask at once, and each hears the same words.";
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<float[]>> asks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                asks.add(() -> {
                    try (MaryEngine engine = new MaryEngine(SLT)) {
                        return engine.synthesize(sentence).samples();
                    }
                });
            }
            List<Future<float[]>> heard = threads.invokeAll(asks);
            float[] first = heard.get(0).get();
            for (Future<float[]> other : heard) assertTrue(java.util.Arrays.equals(first, other.get()));
        } finally {
            threads.shutdownNow();
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
