package dev.voxpress.speak;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

import marytts.LocalMaryInterface;
import marytts.MaryInterface;
import marytts.exceptions.MaryConfigurationException;
import marytts.exceptions.SynthesisException;

/** MaryTTS running inside this JVM: the default engine, with the HMM voice {@code cmu-slt-hsmm}. */
public final class MaryEngine implements Engine {
    public static final String ENGINE = "marytts";
    public static final String DEFAULT_VOICE = "cmu-slt-hsmm";

    private final Voice voice;
    private final MaryInterface mary;
    private final MaryInput input;

    /** Starts MaryTTS with the profile's voice; takes a second or two the first time in a JVM. */
    public MaryEngine(VoiceProfile profile) {
        this.voice = profile.voice();
        this.input = new MaryInput(profile);
        quietLogging();
        try {
            mary = new LocalMaryInterface();
        } catch (MaryConfigurationException | RuntimeException e) {
            throw new EngineException("MaryTTS cannot start: " + e.getMessage(), e);
        }
        if (!mary.getAvailableVoices().contains(voice.engineVoice())) {
            throw new EngineException("MaryTTS has no voice " + voice.engineVoice());
        }
        mary.setVoice(voice.engineVoice());
    }

    /**
     * MaryTTS logs to {@code ./log/server.log} by default, which would litter the user's current folder; its
     * documented override, this system property, turns that off unless the user set it.
     */
    static void quietLogging() {
        if (System.getProperty("log4j.logger.marytts") == null) System.setProperty("log4j.logger.marytts", "OFF");
    }

    /** The MaryTTS voices installed on the class path. */
    public static Set<String> installedVoices() {
        quietLogging();
        try {
            return new LocalMaryInterface().getAvailableVoices();
        } catch (MaryConfigurationException | RuntimeException e) {
            return Set.of();
        }
    }

    @Override
    public Voice voice() {
        return voice;
    }

    @Override
    public Pcm synthesize(String text) {
        String type = input.type(text);
        mary.setInputType(type);
        try (AudioInputStream audio = type.equals(MaryInput.TEXT) ? mary.generateAudio(text)
                : mary.generateAudio(MaryInput.parse(input.of(text)))) {
            AudioFormat format = audio.getFormat();
            if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1
                    || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
                throw new EngineException("MaryTTS returned an unexpected audio format: " + format);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            int n;
            while ((n = audio.read(buffer)) > 0) bytes.write(buffer, 0, n);
            return Pcm.fromPcm16(bytes.toByteArray(), bytes.size(), Math.round(format.getSampleRate()), format.isBigEndian());
        } catch (SynthesisException | IOException | RuntimeException e) {
            if (e instanceof EngineException engineException) throw engineException;
            throw new EngineException("MaryTTS cannot speak \"" + abbreviate(text) + "\": " + e.getMessage(), e);
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    @Override
    public void close() {
        // LocalMaryInterface holds no resources that outlive the JVM's use of it.
    }
}
