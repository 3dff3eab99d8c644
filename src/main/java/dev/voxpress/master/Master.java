package dev.voxpress.master;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import dev.voxpress.AtomicOutput;
import dev.voxpress.script.Segment;
import dev.voxpress.speak.Pcm;

/**
 * Masters an episode: assembles the engine's sentences and pauses at the output rate, normalizes the loudness
 * (ITU-R BS.1770-4) to the target with the true peak under the ceiling, encodes, tags, and records where every
 * sentence and chapter falls.
 *
 * <pre>{@code
 * try (Master master = new Master(Path.of("episode.mp3"), metadata, MasterSettings.DEFAULTS)) {
 *     for (Segment s : script.segments()) master.add(s, engine.synthesize(s.text()));
 *     MasteredAudio episode = master.finish();
 *     Sidecars.write(episode, metadata, EnumSet.allOf(Sidecar.class));
 * }
 * }</pre>
 *
 * <p>For MP3 the sentences are band-limited, as they are resampled, a little below the encoder's low-pass
 * (15.2 kHz at 64 kbps), so that the loudness measured and the peaks limited are those of what the encoder keeps;
 * the limiter's ceiling sits {@value #MP3_TRUE_PEAK_MARGIN_DB} dB under the target, a margin measured to cover
 * the peaks that the encoder's quantization adds on the whole, so the episode is encoded once; a decode beside the
 * encode checks the file, the few granules where a peak still went over are turned down in the file
 * ({@link GranuleGain}), and only a file that cannot be mended so is encoded again with the limiter lowered
 * (docs/mastering.md gives the method and the figures). An MP3 over {@value #HALVES_MIN_SECONDS} s is encoded in two
 * halves side by side, cut at a pause on a frame boundary so that the two streams decode as one.
 *
 * <p>Memory stays bounded whatever the length: each sentence is resampled on its own and spooled, as 32-bit
 * floats at the output rate, to a temporary file while its loudness is measured; {@link #finish()} then reads
 * the spool back through the gain (and the limiter, when the gain alone would push the true peak over the
 * ceiling) into the encoder. When it limits, the passes that search for the gain keep the limiter's output in a
 * second file, and the pass that meets the target is the one encoded, so the limiter does not run again for it.
 * The spool takes 635 MB of disk per hour of audio at 44.1 kHz (twice that when limiting) and is deleted at the
 * end. Sentences must be added in order, from one thread; {@link #resample(Pcm)}, their first step, may run on
 * any thread (beside synthesis).
 */
public final class Master implements AutoCloseable {
    /**
     * Margin under the true-peak ceiling for MP3, in dB: the limiter holds the pre-encode true peak at the ceiling
     * minus this. It covers the mean true-peak overshoot of the decoded MP3 over the PCM given to the encoder with
     * room to spare, not the largest: a margin that covers every overshoot (2.2 dB) makes the limiter work so hard
     * that the recognizer's word error rate on the seed rose from 0.17 to 0.22. The decode check mends the few
     * places the margin does not cover; see docs/mastering.md and {@code Mp3MarginBench}.
     */
    static final double MP3_TRUE_PEAK_MARGIN_DB = 1.0;
    /**
     * How much louder, in LU, the decoded MP3 measures than the PCM given to the encoder, on average over the same
     * corpus (it measures quieter: -0.44 LU, with a spread of 0.05 LU); the PCM is normalized to the target minus
     * this.
     */
    static final double MP3_LOUDNESS_SHIFT_LU = -0.44;
    /** Where the audio is band-limited for MP3, relative to where the encoder's own low-pass starts. */
    private static final double BAND_LIMIT_MARGIN = 0.92;
    private static final double MAX_GAIN_DB = 40.0;
    /** Renders without encoding, at most, to find the gain that brings the limited audio to the target. */
    private static final int MAX_LIMIT_PASSES = 6;
    /**
     * With two cores, the search's first round limits at a second gain beside the first, this much higher, in dB:
     * about what the limiter takes off the loudness of speech at the first gain. Across nine articles (seed and
     * Readability test pages, default voice) the gain that was found lay 0.16 to 0.42 dB above the first, which took
     * two or three rounds one after the other; the second try landed within the search's tolerance on 4 of them, and
     * gave the secant its second point a round early on the rest (docs/mastering.md).
     */
    static final double SECOND_TRY_DB = 0.3;
    /**
     * In the rounds after the first, with two cores, the second gain tried lies this fraction of the secant's step
     * past the secant's guess: the loudness grows ever more slowly with the gain as the limiter works harder, so the
     * secant falls short. With FreeTTS's kevin16, whose peaks the limiter takes 2.5 to 3 dB off, the gain found lay
     * 1.11 to 1.19 times the secant's step from the first round's nearer try on nine articles (median 1.14).
     */
    static final double FURTHER_TRY = 0.14;
    /** Times, at most, that granules of an MP3 are turned down where the decoded file goes over the ceiling. */
    private static final int MAX_EDITS = 3;
    /** How far under the ceiling, in dB, a granule turned down aims. */
    private static final double EDIT_MARGIN_DB = 0.1;
    /** Encodes again, at most, when the decoded MP3 still goes over the true-peak ceiling. */
    private static final int MAX_REENCODES = 2;
    /** How far under the ceiling, in dB, an encode again aims past what the file went over. */
    private static final double REENCODE_STEP_DB = 0.3;
    private static final int CHUNK = 1 << 16;
    /** How many times masters in this JVM have encoded an episode, and how many of those in halves (for tests). */
    static final AtomicLong ENCODES = new AtomicLong();
    static final AtomicLong HALVED = new AtomicLong();
    /** How many limiting passes of the gain search masters in this JVM have rendered, and how many rounds (for tests). */
    static final AtomicLong LIMIT_PASSES = new AtomicLong();
    static final AtomicLong LIMIT_ROUNDS = new AtomicLong();
    /** Shorter MP3s are encoded in one piece: two encoders side by side are worth their thread from here on. */
    static final int HALVES_MIN_SECONDS = 5;

    private final Path target;
    private final OutputFormat format;
    private final EpisodeMetadata metadata;
    private final MasterSettings settings;
    private final int rate;
    private final double bandLimitHz;
    private final FloatSpool spool;
    private final LoudnessMeter meter;
    /** The limiter's output at the gain last tried, so that the encode need not limit again; made when needed. */
    private FloatSpool limited;
    /**
     * The limiter's output at the first round's second gain: made for that round, swapped with {@link #limited} when
     * it is the nearer, and closed after it.
     */
    private FloatSpool secondTry;
    /** Resamplers not in use, per input rate: {@link #resample} takes one, or makes one when all are busy. */
    private final Map<Integer, Queue<Resampler>> idleResamplers = new ConcurrentHashMap<>();
    private final List<Cue> cues = new ArrayList<>();
    private long pendingPauseMillis;
    private boolean finished;

    /**
     * @param target   the file to write, .mp3 or .wav; written under a temporary name and moved into place by
     *                 {@link #finish()}
     * @param metadata what the tags say (MP3 only)
     * @param settings loudness target, peak ceiling, bit rate, sample rate
     */
    public Master(Path target, EpisodeMetadata metadata, MasterSettings settings) throws IOException {
        this.target = Objects.requireNonNull(target, "target");
        this.format = OutputFormat.of(target);
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rate = settings.sampleRate();
        this.meter = new LoudnessMeter(rate);
        this.bandLimitHz = format == OutputFormat.MP3
                ? BAND_LIMIT_MARGIN * Mp3Encoder.lowpassHz(rate, settings.kbps()) : Double.POSITIVE_INFINITY;
        this.spool = new FloatSpool(".f32");
    }

    /** The output sample rate. */
    public int sampleRate() {
        return rate;
    }

    /**
     * Appends one sentence: the pause owed by the previous sentence (or by {@link #addSilence}), then the
     * sentence's audio. The sentence's own pause ({@link Segment#pauseMillis()}) is owed to the next one, so the
     * episode ends with its last word, not with a pause.
     */
    public void add(Segment segment, Pcm pcm) throws IOException {
        add(segment, resample(pcm));
    }

    /** Appends one sentence as {@link #add(Segment, Pcm)} does, its audio already {@linkplain #resample resampled}. */
    public void add(Segment segment, Resampled audio) throws IOException {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(audio, "audio");
        if (audio.master != this) throw new IllegalArgumentException("audio resampled by another master");
        checkOpen();
        writeSilence(pendingPauseMillis);
        pendingPauseMillis = 0;
        long start = spool.samples();
        spoolWrite(audio.samples);
        cues.add(new Cue(segment, start, spool.samples(), rate));
        pendingPauseMillis = segment.pauseMillis();
    }

    /**
     * Brings a sentence's audio to the episode's rate and band, the first step of {@link #add(Segment, Pcm)}. Safe to
     * call from several threads at once, so that it can run beside synthesis ({@code Speaker} calls it on the
     * thread that synthesized the sentence); the result goes to {@link #add(Segment, Resampled)}.
     */
    public Resampled resample(Pcm pcm) {
        Objects.requireNonNull(pcm, "pcm");
        Queue<Resampler> free = idleResamplers.computeIfAbsent(pcm.sampleRate(), r -> new ConcurrentLinkedQueue<>());
        Resampler resampler = free.poll();
        if (resampler == null) resampler = new Resampler(pcm.sampleRate(), rate, bandLimitHz);
        try {
            resampler.reset();
            float[] body = resampler.process(pcm.samples(), 0, pcm.samples().length);
            float[] tail = resampler.flush();
            float[] samples = Arrays.copyOf(body, body.length + tail.length);
            System.arraycopy(tail, 0, samples, body.length, tail.length);
            return new Resampled(this, samples);
        } finally {
            free.add(resampler);
        }
    }

    /** A sentence's audio at the episode's rate and band, made by {@link #resample(Pcm)} for its master. */
    public static final class Resampled {
        private final Master master;
        private final float[] samples;

        private Resampled(Master master, float[] samples) {
            this.master = master;
            this.samples = samples;
        }
    }

    /** Adds silence before whatever comes next (silence at the very end is dropped). */
    public void addSilence(int millis) {
        if (millis < 0) throw new IllegalArgumentException("millis must not be negative");
        checkOpen();
        pendingPauseMillis += millis;
    }

    /** Seconds of audio assembled so far. */
    public double seconds() {
        return spool.samples() / (double) rate;
    }

    /** The sentences' places so far. */
    public List<Cue> cues() {
        return List.copyOf(cues);
    }

    private void writeSilence(long millis) throws IOException {
        long n = millis * rate / 1000;
        float[] zeros = new float[(int) Math.min(n, CHUNK)];
        while (n > 0) {
            int k = (int) Math.min(n, zeros.length);
            spoolWrite(zeros, k);
            n -= k;
        }
    }

    private void spoolWrite(float[] data) throws IOException {
        spoolWrite(data, data.length);
    }

    private void spoolWrite(float[] data, int length) throws IOException {
        meter.accept(data, 0, length);
        spool.append(data, length);
    }

    /**
     * Normalizes, encodes and tags the episode and moves the file into place.
     *
     * @return the file, the loudness before and after, the sentence timings and the chapters
     */
    public MasteredAudio finish() throws IOException {
        checkOpen();
        finished = true;
        spool.flush();
        Loudness input = meter.result();
        double seconds = seconds();
        List<Chapter> chapters = chapters(seconds);

        boolean mp3 = format == OutputFormat.MP3;
        double ceiling = settings.truePeakDbtp() - (mp3 ? MP3_TRUE_PEAK_MARGIN_DB : 0.0);
        // The loudness to give the encoder, so that the decoded file measures the target.
        double aim = settings.targetLufs() - (mp3 ? MP3_LOUDNESS_SHIFT_LU : 0.0);
        double gainDb = 0;
        boolean limit = false;
        boolean limitedAtGain = false;
        if (Double.isFinite(input.integratedLufs())) {
            gainDb = Math.min(MAX_GAIN_DB, aim - input.integratedLufs());
            limit = input.truePeakDbtp() + gainDb > ceiling;
            // The limiter takes loudness off the peaks, more the harder it works: measure what it leaves and make
            // up for it, by the secant through the last two tries (the loudness grows more slowly than the gain).
            double lastGain = Double.NaN;
            double lastReached = Double.NaN;
            for (int pass = 0; limit && pass < MAX_LIMIT_PASSES; pass++) {
                LIMIT_ROUNDS.incrementAndGet();
                double reached;
                // With two cores, each round tries a second gain beside the first, on the core that would otherwise
                // wait: in the first round a little higher; later, a little past the secant's guess, which falls short
                // when the limiter works harder there (the loudness grows ever more slowly than the gain).
                double secondGain = Math.min(MAX_GAIN_DB,
                        pass == 0 ? gainDb + SECOND_TRY_DB : gainDb + FURTHER_TRY * (gainDb - lastGain));
                if (twoCores() && secondGain != gainDb) {
                    // the search goes on from the nearer try, the other being the secant's previous point
                    double[] both = renderTwo(gainDb, secondGain, ceiling);
                    if (Math.abs(aim - both[1]) < Math.abs(aim - both[0])) {
                        FloatSpool nearer = secondTry;
                        secondTry = limited;
                        limited = nearer;
                        lastGain = gainDb;
                        lastReached = both[0];
                        gainDb = secondGain;
                        reached = both[1];
                    } else {
                        lastGain = secondGain;
                        lastReached = both[1];
                        reached = both[0];
                    }
                    // the farther try's output is not needed again: its disk space back now (an episode's length)
                    secondTry.close();
                    secondTry = null;
                } else {
                    LIMIT_PASSES.incrementAndGet();
                    reached = render(spool, 0, spool.samples(), gainDb, ceiling, null, limitedOutput()).integratedLufs();
                }
                double miss = aim - reached;
                if (Math.abs(miss) < 0.05 || !Double.isFinite(miss)) {
                    limitedAtGain = true;
                    break;
                }
                double slope = 1.0;
                if (Double.isFinite(lastReached) && Math.abs(gainDb - lastGain) > 1e-6) {
                    slope = Math.max(0.2, Math.min(1.0, (reached - lastReached) / (gainDb - lastGain)));
                }
                lastGain = gainDb;
                lastReached = reached;
                gainDb = Math.min(MAX_GAIN_DB, gainDb + miss / slope);
            }
        }

        try (AtomicOutput output = new AtomicOutput(target)) {
            Mp3Check.Result out = limitedAtGain
                    ? encode(output.temp(), limited, 0, Double.NaN, seconds, chapters)
                    : encode(output.temp(), spool, gainDb, limit ? ceiling : Double.NaN, seconds, chapters);
            // The margin covers what MP3 coding does to speech on the whole, so one encode is the rule. A decode
            // beside it checks the file; the few places where the coding still took a peak over the ceiling are
            // turned down in the file itself, and only a file that cannot be mended so is encoded again, with the
            // limiter lowered by what it went over.
            for (int edits = 0; mp3 && !out.over().isEmpty() && edits < MAX_EDITS; edits++) {
                if (!GranuleGain.lower(output.temp(), steps(out.over()))) break;
                out = Mp3Check.measure(output.temp(), settings.truePeakDbtp());
            }
            for (int encodes = 1; mp3; encodes++) {
                double over = out.loudness().truePeakDbtp() - settings.truePeakDbtp();
                if (!(over > 0) || encodes > MAX_REENCODES) break;
                ceiling = (limit ? ceiling : input.truePeakDbtp() + gainDb) - over - REENCODE_STEP_DB;
                limit = true;
                out = encode(output.temp(), spool, gainDb, ceiling, seconds, chapters);
            }
            long bytes = Files.size(output.temp());
            output.commit();
            return new MasteredAudio(new AudioFile(output.target(), seconds, bytes), input, out.loudness(), gainDb,
                    limit, cues, chapters);
        }
    }

    /**
     * Encodes {@code source}, through the gain and the limiter when {@code ceilingDbtp} is a number, into
     * {@code file}; returns what the file measures: for an MP3, its decoded audio, decoded on another thread as
     * the frames are written.
     */
    private Mp3Check.Result encode(Path file, FloatSpool source, double gainDb, double ceilingDbtp, double seconds,
            List<Chapter> chapters) throws IOException {
        ENCODES.incrementAndGet();
        if (format == OutputFormat.WAV) {
            try (AudioEncoder encoder = new WavEncoder(file, rate)) {
                Loudness out = render(source, 0, source.samples(), gainDb, ceilingDbtp, encoder, null);
                encoder.finish();
                return new Mp3Check.Result(out, Collections.emptySortedMap());
            }
        }
        byte[] tag = Id3Tag.build(metadata, seconds, chapters);
        try (Mp3Check check = Mp3Check.beside(settings.truePeakDbtp());
             Mp3Encoder encoder = new Mp3Encoder(file, tag, rate, settings.kbps(), check.encoded())) {
            long cut = Double.isNaN(ceilingDbtp) && encoder.mpeg1AtInputRate() ? halfway(source) : -1;
            if (cut < 0) {
                render(source, 0, source.samples(), gainDb, ceilingDbtp, encoder, null);
                encoder.finish();
                return check.result();
            }
            // The halves side by side: the second into a temporary file (beside the spools, not in the feed), then
            // appended, its Info frame left out.
            HALVED.incrementAndGet();
            Path half = Files.createTempFile("voxpress-", ".half.mp3");
            try {
                Mp3Check.Following following = check.following(half);
                Beside<Void> second = new Beside<>("voxpress-mp3-half", () -> {
                    try (Mp3Encoder halfEncoder = new Mp3Encoder(half, new byte[0], rate, settings.kbps(), following)) {
                        render(source, cut, source.samples(), gainDb, Double.NaN, halfEncoder, null);
                        halfEncoder.finish();
                    }
                    return null;
                });
                render(source, 0, cut - Mp3Frames.FRAME, gainDb, Double.NaN, encoder, null);
                encoder.finish();
                following.follow();
                second.join("mastering", "cannot master");
                appendHalf(file, half);
                return check.result();
            } finally {
                Files.deleteIfExists(half);
            }
        }
    }

    /**
     * Where to cut the audio so that two encoders can take a half each, side by side: a whole number of frames
     * from the start, near the middle, in a pause. The first encoder takes the audio up to a frame before the cut
     * and the second from the cut on: LAME ends a stream with at least 576 samples of padding after the last
     * whole frame and starts one with 576 of delay, so each sample decodes where a single encode would put it, the
     * frames are as many, and only a frame of silence at the cut is the encoders' own. The silence is checked: a
     * frame before that frame to a frame after the cut, exact zeros. -1 when the audio is short (under {@value
     * #HALVES_MIN_SECONDS} s), there is one core, or no pause will do.
     */
    private long halfway(FloatSpool source) throws IOException {
        if (!twoCores() || source.samples() < HALVES_MIN_SECONDS * rate) return -1;
        long middle = source.samples() / 2;
        List<Long> cuts = new ArrayList<>();
        for (int i = 0; i + 1 < cues.size(); i++) {
            long pause = (cues.get(i).endSample() + cues.get(i + 1).startSample()) / 2;
            cuts.add(pause / Mp3Frames.FRAME * Mp3Frames.FRAME);
        }
        cuts.sort(Comparator.comparingLong(cut -> Math.abs(cut - middle)));
        float[] around = new float[3 * Mp3Frames.FRAME];
        for (long cut : cuts) {
            long from = cut - 2 * Mp3Frames.FRAME;
            if (from < 0 || source.read(around, from) < around.length) continue;
            boolean silent = true;
            for (float x : around) silent &= x == 0f;
            if (silent) return cut;
        }
        return -1;
    }

    /** Whether work side by side can have a core of its own: the halves' encoders, the gain search's two tries. */
    private static boolean twoCores() {
        return Runtime.getRuntime().availableProcessors() >= 2;
    }

    /**
     * Appends the frames of the second half's stream, after its Info frame, to {@code file}, and writes the first
     * stream's Info frame again for the whole: counts, seek table, the second stream's padding, CRCs.
     */
    private static void appendHalf(Path file, Path half) throws IOException {
        try (FileChannel from = FileChannel.open(half, StandardOpenOption.READ);
             FileChannel to = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            // mapped, not read into the heap: half of an episode of many hours is a hundred megabytes
            MappedByteBuffer second = from.map(FileChannel.MapMode.READ_ONLY, 0, from.size());
            int secondLame = Mp3Frames.lameTag(second, 0);
            int info = Mp3Frames.frameLength(second.getInt(0));
            if (secondLame < 0 || info < 0) throw new IOException("the MP3 encoder's second half has no Info frame");
            for (long done = info; done < from.size(); ) done += from.transferTo(done, from.size() - done, to);
            rewriteInfo(file, Mp3Frames.padding(second, secondLame));
        }
    }

    /** Writes the Info frame of {@code file} again for all of its frames. */
    private static void rewriteInfo(Path file, int padding) throws IOException {
        MappedByteBuffer whole = Mp3Frames.mapReadOnly(file);
        int first = Mp3Frames.audioStart(whole);
        int lame = Mp3Frames.lameTag(whole, first);
        if (lame < 0) throw new IOException("the MP3 encoder's first half has no Info frame");
        ByteBuffer info = Mp3Frames.infoFrame(whole, first);
        Mp3Frames.rewriteInfo(whole, info, first, lame, padding);
        try (FileChannel write = FileChannel.open(file, StandardOpenOption.WRITE)) {
            Mp3Frames.writeAt(write, first, info);
            write.force(false);
        }
    }

    /**
     * Reads {@code source} from sample {@code from} to {@code to} through the gain, and the limiter when
     * {@code ceilingDbtp} is a number, into the encoder
     * (null: nowhere) and into {@code keep}, emptied first (null: nowhere); returns the loudness of the result: its
     * integrated loudness only without an encoder (the search for the gain needs no more), all of it for a WAV
     * encoder, null for an MP3 encoder (an MP3 is measured decoded).
     */
    private Loudness render(FloatSpool source, long from, long to, double gainDb, double ceilingDbtp,
            AudioEncoder encoder, FloatSpool keep) throws IOException {
        float gain = (float) Loudness.linear(gainDb);
        Limiter limiter = Double.isNaN(ceilingDbtp) ? null : new Limiter(rate, ceilingDbtp, 5, 80);
        LoudnessMeter result = encoder == null ? LoudnessMeter.integratedOnly(rate)
                : format == OutputFormat.MP3 ? null : new LoudnessMeter(rate);
        if (keep != null) keep.clear();
        float[] chunk = new float[CHUNK];
        for (long position = from; position < to; ) {
            int n = (int) Math.min(source.read(chunk, position), to - position);
            for (int i = 0; i < n; i++) chunk[i] *= gain;
            position += n;
            emit(limiter == null ? chunk : limiter.process(chunk, 0, n), limiter == null ? n : -1, encoder, result,
                    keep);
        }
        if (limiter != null) emit(limiter.flush(), -1, encoder, result, keep);
        if (keep != null) keep.flush();
        return result == null ? null : result.result();
    }

    private static void emit(float[] data, int length, AudioEncoder encoder, LoudnessMeter meter, FloatSpool keep)
            throws IOException {
        int n = length < 0 ? data.length : length;
        if (meter != null) meter.accept(data, 0, n);
        if (encoder != null) encoder.write(data, 0, n);
        if (keep != null) keep.append(data, n);
    }

    /**
     * How many steps to turn granules down by: each granule that goes over the ceiling, and the two before it and
     * the one after it (a granule's decoded samples also carry the two before it, through the overlap of transforms
     * and the synthesis filter), by enough to bring it {@value #EDIT_MARGIN_DB} dB under.
     */
    private static Map<Long, Integer> steps(SortedMap<Long, Double> over) {
        Map<Long, Integer> steps = new TreeMap<>();
        over.forEach((granule, db) -> {
            int down = (int) Math.ceil((db + EDIT_MARGIN_DB) / GranuleGain.STEP_DB);
            for (long g = Math.max(0, granule - 2); g <= granule + 1; g++) steps.merge(g, down, Math::max);
        });
        return steps;
    }

    /** The spool that keeps the limiter's output, made on the first limiting pass and deleted by {@link #close()}. */
    private FloatSpool limitedOutput() throws IOException {
        if (limited == null) limited = new FloatSpool(".limited.f32");
        return limited;
    }

    /**
     * Limits the episode at two gains side by side, into {@link #limited} and {@link #secondTry}; returns the
     * integrated loudness of each.
     */
    private double[] renderTwo(double gainDb, double secondGainDb, double ceilingDbtp) throws IOException {
        LIMIT_PASSES.addAndGet(2);
        FloatSpool first = limitedOutput();
        FloatSpool second = secondTry = new FloatSpool(".limited.f32");
        Beside<Double> other = new Beside<>("voxpress-limit-second",
                () -> render(spool, 0, spool.samples(), secondGainDb, ceilingDbtp, null, second).integratedLufs());
        double[] reached = new double[2];
        try {
            reached[0] = render(spool, 0, spool.samples(), gainDb, ceilingDbtp, null, first).integratedLufs();
        } finally {
            reached[1] = other.join("mastering", "cannot master");
        }
        return reached;
    }

    /** The opening (from 0, titled with the article's title), then one chapter per heading block. */
    private List<Chapter> chapters(double duration) {
        List<String> titles = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        int lastHeadingBlock = Integer.MIN_VALUE;
        for (Cue cue : cues) {
            Segment s = cue.segment();
            if (s.role() != Segment.Role.HEADING) continue;
            if (s.block() == lastHeadingBlock) {
                // a heading spoken as several sentences is one chapter
                if (!metadata.headings().containsKey(s.block())) {
                    int last = titles.size() - 1;
                    titles.set(last, (titles.get(last) + " " + s.written()).strip());
                }
                continue;
            }
            titles.add(metadata.headings().getOrDefault(s.block(), s.written()).strip());
            starts.add(cue.start());
            lastHeadingBlock = s.block();
        }
        if (cues.isEmpty()) return List.of();
        if (starts.isEmpty() || starts.get(0) > 0) {
            titles.add(0, metadata.title());
            starts.add(0, 0.0);
        }
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            double end = i + 1 < starts.size() ? starts.get(i + 1) : duration;
            chapters.add(new Chapter(titles.get(i), starts.get(i), end));
        }
        return chapters;
    }

    private void checkOpen() {
        if (finished) throw new IllegalStateException("the episode is already finished");
    }

    /** Deletes the spool, and the unfinished file if {@link #finish()} did not complete. */
    @Override
    public void close() throws IOException {
        finished = true;
        try {
            spool.close();
        } finally {
            try {
                if (limited != null) limited.close();
            } finally {
                if (secondTry != null) secondTry.close();
            }
        }
    }
}
