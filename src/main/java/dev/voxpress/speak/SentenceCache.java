package dev.voxpress.speak;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import dev.voxpress.AtomicOutput;
import dev.voxpress.PartsHash;
import dev.voxpress.VoxpressException;

/**
 * Synthesized sentences on disk, addressed by a hash of the engine, the voice settings that change the audio and
 * the exact text (see {@link #key}), so that narrating a text again only synthesizes the sentences that changed.
 *
 * <p>Each entry is {@code DIR/ab/abcdef....pcm}: a header (magic, sample rate, sample count, CRC32 of the samples)
 * and the samples as big-endian floats, written under a temporary name and moved into place, so that processes
 * and threads may share a folder and readers never see half an entry. An entry that is truncated or fails its
 * checksum is deleted and reported as a miss. A read sets the entry's modification time; when the entries pass
 * the size limit the least recently used are deleted until they fill 90% of it. Temporary files older than an
 * hour (left by a killed process) are deleted then and when the cache is opened.
 *
 * <p>The cache is an optimization: an entry that cannot be written is skipped without failing the narration.
 */
public final class SentenceCache {
    /** The size limit when none is set: 512 MB. */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;
    /** Where a feed folder keeps its cache, relative to the folder. */
    public static final String FEED_FOLDER = ".voxpress/cache";
    private static final int MAGIC = 0x56585043; // "VXPC"
    private static final int FORMAT = 1;
    private static final int HEADER = 4 + 4 + 4 + 4 + 8;
    private static final String SUFFIX = ".pcm";
    private static final Duration STALE_TEMP = Duration.ofHours(1);
    /** Profile keys that do not change how a text sounds. */
    /** Free space an entry never takes: the cache saves time, and must not fill the disk that the audio needs. */
    private static final long KEEP_FREE_BYTES = 256L * 1024 * 1024;

    private final Path dir;
    private final long maxBytes;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    /**
     * Opens (creating it if needed) the cache in {@code dir}, trimmed to {@code maxBytes}.
     *
     * @throws VoxpressException when the folder cannot be created or read
     */
    public SentenceCache(Path dir, long maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("the cache size limit must be positive");
        this.dir = dir.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(this.dir);
            trim();
        } catch (IOException e) {
            throw new VoxpressException(dir + ": cannot use as sentence cache: " + e.getMessage(), e);
        }
    }

    /** The user's cache folder: {@code $XDG_CACHE_HOME/voxpress}, else {@code ~/.cache/voxpress}. */
    public static Path userDir(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("voxpress");
    }

    /**
     * The key of a sentence said with a voice: a SHA-256 of its {@link VoiceProfile#soundParts()}, for MaryTTS the
     * version of what it is sent ({@link MaryInput#VERSION}), and the text.
     */
    public static String key(VoiceProfile voice, String text) {
        List<String> parts = new ArrayList<>();
        parts.add("voxpress-sentence-" + FORMAT);
        parts.addAll(voice.soundParts());
        if (voice.engine().equals(MaryEngine.ENGINE) || voice.engine().equals(MaryHttpEngine.ENGINE)) {
            parts.add(MaryInput.VERSION);
        }
        parts.add(text);
        return PartsHash.of(parts);
    }

    /** The cache's folder. */
    public Path dir() {
        return dir;
    }

    /** The entry's audio, or null (a miss) when there is none or it was corrupt; marks it recently used. */
    public Pcm get(String key) {
        Path file = file(key);
        Pcm audio = read(file);
        if (audio == null) {
            misses.incrementAndGet();
            return null;
        }
        hits.incrementAndGet();
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // Evicted meanwhile: the audio read is still good.
        }
        return audio;
    }

    /** Stores an entry, replacing any other under the key, and trims the cache when it has grown past its limit. */
    public void put(String key, Pcm audio) {
        Path file = file(key);
        ByteBuffer samples = ByteBuffer.allocate(audio.samples().length * 4);
        samples.asFloatBuffer().put(audio.samples());
        CRC32 crc = new CRC32();
        crc.update(samples.array());
        try (AtomicOutput output = new AtomicOutput(file)) {
            if (Files.getFileStore(dir).getUsableSpace() - samples.capacity() < KEEP_FREE_BYTES) return;
            try (OutputStream stream = Files.newOutputStream(output.temp());
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeInt(audio.sampleRate());
                out.writeInt(audio.samples().length);
                out.writeLong(crc.getValue());
                out.write(samples.array());
            }
            output.commit();
            if (bytes.addAndGet(HEADER + samples.capacity()) > maxBytes) trim();
        } catch (IOException e) {
            // The cache only saves time: without this entry the sentence is synthesized again next time.
        }
    }

    /** Lookups that found an entry since the cache was opened. */
    public int hits() {
        return hits.get();
    }

    /** Lookups that found none (or a corrupt one) since the cache was opened. */
    public int misses() {
        return misses.get();
    }

    /**
     * Deletes temporary files left by killed processes and, when the entries exceed the size limit, the least
     * recently used until they fill 90% of it.
     */
    public synchronized void trim() throws IOException {
        record Entry(Path file, long size, FileTime used) {
        }
        List<Entry> entries = new ArrayList<>();
        Instant stale = Instant.now().minus(STALE_TEMP);
        try (Stream<Path> files = Files.walk(dir, 2)) {
            for (Path file : files.toList()) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (!attributes.isRegularFile()) continue;
                    String name = file.getFileName().toString();
                    if (name.endsWith(".part")) {
                        if (attributes.lastModifiedTime().toInstant().isBefore(stale)) Files.deleteIfExists(file);
                    } else if (name.endsWith(SUFFIX)) {
                        entries.add(new Entry(file, attributes.size(), attributes.lastModifiedTime()));
                    }
                } catch (NoSuchFileException e) {
                    // Deleted by another process meanwhile.
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long total = entries.stream().mapToLong(Entry::size).sum();
        if (total > maxBytes) {
            entries.sort(Comparator.comparing(Entry::used));
            long target = maxBytes / 10 * 9;
            for (Entry entry : entries) {
                if (total <= target) break;
                Files.deleteIfExists(entry.file());
                total -= entry.size();
            }
        }
        bytes.set(total);
    }

    private Path file(String key) {
        if (!key.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a cache key: " + key);
        return dir.resolve(key.substring(0, 2)).resolve(key + SUFFIX);
    }

    private static Pcm read(Path file) {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(data);
        if (data.length >= HEADER && in.getInt() == MAGIC && in.getInt() == FORMAT) {
            int sampleRate = in.getInt();
            int count = in.getInt();
            long checksum = in.getLong();
            CRC32 crc = new CRC32();
            crc.update(data, HEADER, data.length - HEADER);
            if (sampleRate > 0 && count >= 0 && data.length - HEADER == 4L * count && crc.getValue() == checksum) {
                float[] samples = new float[count];
                in.asFloatBuffer().get(samples);
                return new Pcm(sampleRate, samples);
            }
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the next reader to find corrupt again.
        }
        return null;
    }
}
