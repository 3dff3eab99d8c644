package dev.voxpress.speak;

import java.io.ByteArrayOutputStream;

import javax.sound.sampled.AudioFormat;

import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.AudioPlayer;

/**
 * FreeTTS with its 16 kHz diphone voice {@code kevin16}. Very fast and clearly less natural than MaryTTS: a draft
 * voice. Audio is collected in memory, never sent to a sound card.
 */
public final class FreeTtsEngine implements Engine {
    public static final String ENGINE = "freetts";
    public static final String DEFAULT_VOICE = "kevin16";
    private static final String VOICE_DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";

    private final Voice voice;
    private final com.sun.speech.freetts.Voice freetts;
    private final MemoryPlayer player = new MemoryPlayer();

    /** Loads the profile's voice with its rate and pitch; FreeTTS's own controls do both. */
    public FreeTtsEngine(VoiceProfile profile) {
        this.voice = profile.voice();
        registerVoices();
        freetts = VoiceManager.getInstance().getVoice(voice.engineVoice());
        if (freetts == null) throw new EngineException("FreeTTS has no voice " + voice.engineVoice());
        freetts.allocate();
        freetts.setRate((float) (freetts.getRate() * profile.rate()));
        freetts.setPitch((float) (freetts.getPitch() * (1 + profile.pitchPercent() / 100)));
        freetts.setAudioPlayer(player);
    }

    /** FreeTTS finds voices through a system property; this sets it unless the user already has. */
    static void registerVoices() {
        if (System.getProperty("freetts.voices") == null) System.setProperty("freetts.voices", VOICE_DIRECTORY);
    }

    /** Whether FreeTTS knows a voice of this name. */
    static boolean hasVoice(String name) {
        registerVoices();
        return VoiceManager.getInstance().contains(name);
    }

    @Override
    public Voice voice() {
        return voice;
    }

    @Override
    public Pcm synthesize(String text) {
        player.bytes.reset();
        boolean spoken;
        try {
            spoken = freetts.speak(text);
        } catch (RuntimeException e) {
            throw new EngineException("FreeTTS cannot speak \"" + MaryEngine.abbreviate(text) + "\": " + e.getMessage(), e);
        }
        if (!spoken) throw new EngineException("FreeTTS cannot speak \"" + MaryEngine.abbreviate(text) + "\"");
        AudioFormat format = player.format;
        return Pcm.fromPcm16(player.bytes.toByteArray(), player.bytes.size(), Math.round(format.getSampleRate()),
                format.isBigEndian());
    }

    @Override
    public void close() {
        freetts.deallocate();
    }

    /** An {@link AudioPlayer} that keeps what FreeTTS plays in memory. */
    private static final class MemoryPlayer implements AudioPlayer {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AudioFormat format = new AudioFormat(16000f, 16, 1, true, true);
        private float volume = 1f;

        @Override public void setAudioFormat(AudioFormat format) {
            if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1) {
                throw new EngineException("FreeTTS chose an unsupported audio format: " + format);
            }
            this.format = format;
        }
        @Override public AudioFormat getAudioFormat() { return format; }
        @Override public void pause() { }
        @Override public void resume() { }
        @Override public void reset() { }
        @Override public boolean drain() { return true; }
        @Override public void begin(int size) { }
        @Override public boolean end() { return true; }
        @Override public void cancel() { }
        @Override public void close() { }
        @Override public float getVolume() { return volume; }
        @Override public void setVolume(float volume) { this.volume = volume; }
        @Override public long getTime() { return 0; }
        @Override public void resetTime() { }
        @Override public void startFirstSampleTimer() { }
        @Override public boolean write(byte[] audioData) { return write(audioData, 0, audioData.length); }
        @Override public boolean write(byte[] audioData, int offset, int size) {
            bytes.write(audioData, offset, size);
            return true;
        }
        @Override public void showMetrics() { }
    }
}
