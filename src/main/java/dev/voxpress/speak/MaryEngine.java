package dev.voxpress.speak;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import marytts.LocalMaryInterface;
import marytts.MaryInterface;
import marytts.datatypes.MaryDataType;
import marytts.exceptions.MaryConfigurationException;
import marytts.exceptions.SynthesisException;

/** MaryTTS running inside this JVM: the default engine, with the HMM voice {@code cmu-slt-hsmm}. */
public final class MaryEngine implements Engine {
    public static final String ENGINE = "marytts";
    public static final String DEFAULT_VOICE = "cmu-slt-hsmm";

    private final Voice voice;
    private final MaryInterface mary;
    private final marytts.modules.synthesis.Voice maryVoice;
    private final MaryInput input;
    /** MaryTTS's last step done in this thread (see {@link HtsSynthesis}); null for a voice that is not HMM. */
    private final HtsSynthesis direct;
    /** The synthesis in the calling thread, or null (for tests). */
    HtsSynthesis direct() {
        return direct;
    }

    /** Whether the last sentence was spoken by {@link HtsSynthesis} (for tests). */
    boolean lastInThisThread;

    /**
     * MaryTTS's start, once per JVM, run by whichever comes first: {@link #startInBackground(List)} or an engine. The
     * first {@link LocalMaryInterface} starts MaryTTS (its {@code Mary.startup}, under MaryTTS's own lock) with its
     * modules offline ({@link MaryModules}); the task keeps its failure, so every engine reports the same one.
     */
    private static final FutureTask<LocalMaryInterface> START = new FutureTask<>(() -> {
        quietLogging();
        return MaryModules.startMary();
    });

    /** Starts MaryTTS with the profile's voice; takes a second or two the first time in a JVM. */
    public MaryEngine(VoiceProfile profile) {
        this.voice = profile.voice();
        this.input = new MaryInput(profile);
        awaitStart();
        try {
            mary = new LocalMaryInterface();
        } catch (MaryConfigurationException | RuntimeException e) {
            throw new EngineException("MaryTTS cannot start: " + e.getMessage(), e);
        }
        if (!mary.getAvailableVoices().contains(voice.engineVoice())) {
            throw new EngineException("MaryTTS has no voice " + voice.engineVoice());
        }
        mary.setVoice(voice.engineVoice());
        maryVoice = marytts.modules.synthesis.Voice.getVoice(voice.engineVoice());
        direct = Boolean.getBoolean(SLOW_PROPERTY) ? null
                : HtsSynthesis.of(voice.engineVoice(), !Boolean.getBoolean(MARY_VOCODER_PROPERTY));
    }

    /**
     * Begins MaryTTS's start on a daemon thread, then that of the modules these voices' sentences go through, for a
     * caller that will surely open a {@code MaryEngine} for one of them and has other work to do first (loading,
     * cleaning and scripting an article): the two overlap. An engine opened meanwhile waits for what it needs; a
     * failure here is left for the engine to report, in the same words.
     */
    public static void startInBackground(List<String> engineVoices) {
        Thread thread = new Thread(() -> {
            START.run(); // does nothing when an engine runs it already
            try {
                START.get();
                for (String name : engineVoices) {
                    marytts.modules.synthesis.Voice voice = marytts.modules.synthesis.Voice.getVoice(name);
                    if (voice == null) continue;
                    for (MaryDataType input : List.of(MaryDataType.TEXT, MaryDataType.RAWMARYXML)) {
                        MaryModules.startFor(input, MaryDataType.ACOUSTPARAMS, voice, null);
                    }
                }
            } catch (ExecutionException | RuntimeException e) {
                // the engine that needs it reports it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "voxpress-mary-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs MaryTTS's start here, or waits for the thread that runs it. */
    private static void awaitStart() {
        START.run(); // does nothing when it has run or is running
        try {
            START.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while MaryTTS was starting");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new EngineException("MaryTTS cannot start: " + cause.getMessage(), cause);
        }
    }

    /**
     * The system property that, set to {@code true}, makes every engine opened afterwards take MaryTTS's own way to
     * audio (its vocoder thread) instead of {@link HtsSynthesis}: for comparisons.
     */
    public static final String SLOW_PROPERTY = "voxpress.mary.vocoderThread";
    /**
     * The system property that, set to {@code true}, makes {@link HtsSynthesis} vocode with MaryTTS's own vocoder
     * (in the calling thread) rather than {@link HtsVocoder}: for comparisons.
     */
    public static final String MARY_VOCODER_PROPERTY = "voxpress.mary.maryVocoder";

    /**
     * MaryTTS logs to {@code ./log/server.log} by default, which would litter the user's current folder; its
     * documented override, this system property, turns that off unless the user set it. Log4j's management beans,
     * which nobody here reads, are left out too (Log4j's documented {@code log4j2.disableJmx}): registering them
     * loads the JVM's management classes, some tens of milliseconds of MaryTTS's start.
     */
    static void quietLogging() {
        if (System.getProperty("log4j.logger.marytts") == null) System.setProperty("log4j.logger.marytts", "OFF");
        if (System.getProperty("log4j2.disableJmx") == null) System.setProperty("log4j2.disableJmx", "true");
    }

    /** The MaryTTS voices installed on the class path. */
    public static Set<String> installedVoices() {
        try {
            awaitStart();
            return new LocalMaryInterface().getAvailableVoices();
        } catch (MaryConfigurationException | RuntimeException e) {
            return Set.of();
        }
    }

    @Override
    public Voice voice() {
        return voice;
    }

    /** Speaks a sentence: plain text, or MaryXML when the profile asks for a rate, a pitch or phonemes. */
    @Override
    public Pcm synthesize(String text) {
        return input.speak(text, this::process);
    }

    /**
     * Speaks a document of one of MaryTTS's input types, as {@link MaryHttpEngine#process} does: {@code TEXT},
     * {@code SSML} (a {@code <speak>} document), {@code RAWMARYXML} (a {@code <maryxml>} document, where a token
     * may carry its transcription), and the other types that MaryTTS lists as input types.
     *
     * @throws EngineException when MaryTTS does not know the input type, cannot parse the document or cannot speak it
     */
    public Pcm process(String input, String inputType) {
        return process(input, inputType, direct != null);
    }

    /** {@link #process(String, String)}, by {@link HtsSynthesis} or else MaryTTS's own way (its vocoder thread). */
    Pcm process(String input, String inputType, boolean inThisThread) {
        try {
            mary.setInputType(inputType);
        } catch (IllegalArgumentException e) {
            throw new EngineException("MaryTTS cannot read input of type " + inputType + ": " + e.getMessage(), e);
        }
        Document document = MaryDataType.get(inputType).isXMLType() ? parseXml(input) : null;
        try {
            if (inThisThread && direct != null) {
                Pcm pcm = direct(input, document);
                lastInThisThread = pcm != null;
                if (pcm != null) return pcm;
                // MaryTTS's modules worked on the document in place: MaryTTS's own way starts from a fresh one.
                if (document != null) document = parseXml(input);
            }
            lastInThisThread = false;
            return generateAudio(input, document);
        } catch (Exception e) {
            if (e instanceof EngineException engineException) throw engineException;
            throw new EngineException("MaryTTS cannot speak \"" + abbreviate(input) + "\": " + innermostMessage(e), e);
        }
    }

    /**
     * MaryTTS's pipeline up to the acoustic parameters, then {@link HtsSynthesis} in this thread; null where the
     * document needs MaryTTS's own way (see {@link HtsSynthesis#synthesize}).
     */
    private Pcm direct(String input, Document document) throws Exception {
        MaryModules.startFor(MaryDataType.get(mary.getInputType()), MaryDataType.ACOUSTPARAMS, maryVoice, document);
        mary.setOutputType(MaryDataType.ACOUSTPARAMS.name());
        Document acoustparams;
        try {
            acoustparams = document != null ? mary.generateXML(document) : mary.generateXML(input);
        } finally {
            mary.setOutputType(MaryDataType.AUDIO.name());
        }
        return direct.synthesize(acoustparams);
    }

    /** Speaks as MaryTTS does on its own, its vocoder in a thread of its own. */
    Pcm generateAudio(String input, Document document) throws SynthesisException, IOException {
        MaryModules.startFor(MaryDataType.get(mary.getInputType()), MaryDataType.AUDIO, maryVoice, document);
        mary.setOutputType(MaryDataType.AUDIO.name());
        try (AudioInputStream audio = document != null ? mary.generateAudio(document) : mary.generateAudio(input)) {
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
        }
    }

    /**
     * The most specific message of an exception and its causes: MaryTTS, like the JDK's HTTP client, wraps the
     * informative exception ("Found unknown symbol `x'", "Connection refused") in generic ones.
     */
    static String innermostMessage(Throwable error) {
        String message = null;
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e.getMessage() != null) message = e.getMessage();
        }
        return message != null ? message : error.getClass().getSimpleName();
    }

    /** Parses an XML input without the parser's own error print-outs on standard error. */
    static Document parseXml(String input) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing
            return builder.parse(new InputSource(new StringReader(input)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new EngineException("MaryTTS cannot parse \"" + abbreviate(input) + "\": " + e.getMessage(), e);
        }
    }

    /** A text shortened to one line for an error message. */
    static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }

    @Override
    public void close() {
        // LocalMaryInterface holds no resources that outlive the JVM's use of it.
    }
}
