package dev.voxpress.master;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.ID3v2ChapterTOCFrameData;
import com.mpatric.mp3agic.ID3v2TextFrameData;
import com.mpatric.mp3agic.Mp3File;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.script.Segment;
import dev.voxpress.speak.Pcm;

class MasterTest {
    private static final int RATE = MasterSettings.DEFAULTS.sampleRate();

    @TempDir
    Path dir;

    /** A fake episode: title, a body sentence, two headings (one spoken as two sentences), at 48 and 16 kHz. */
    private static List<Object[]> episode() {
        List<Object[]> parts = new ArrayList<>();
        parts.add(new Object[] {new Segment("Loud & <clear>: a test", "Loud & <clear>: a test", Segment.Role.TITLE, -1, 700),
                new Pcm(48000, Signals.babble(48000, 2.0, 0.9, 1))});
        parts.add(new Object[] {new Segment("The opening sentence.", "The opening sentence.", Segment.Role.BODY, 0, 400),
                new Pcm(48000, Signals.babble(48000, 3.1, 0.05, 2))});
        parts.add(new Object[] {new Segment("First heading.", "First heading.", Segment.Role.HEADING, 1, 600),
                new Pcm(16000, Signals.babble(16000, 1.3, 0.4, 3))});
        parts.add(new Object[] {new Segment("A body sentence, quiet.", "A body sentence, quiet.", Segment.Role.BODY, 2, 400),
                new Pcm(48000, Signals.babble(48000, 4.0, 0.02, 4))});
        parts.add(new Object[] {new Segment("Second heading, part one.", "Second heading, part one.", Segment.Role.HEADING, 3, 100),
                new Pcm(48000, Signals.babble(48000, 1.0, 0.5, 5))});
        parts.add(new Object[] {new Segment("Part two.", "Part two.", Segment.Role.HEADING, 3, 600),
                new Pcm(48000, Signals.babble(48000, 0.8, 0.5, 6))});
        parts.add(new Object[] {new Segment("The last sentence.", "The last sentence.", Segment.Role.BODY, 4, 900),
                new Pcm(16000, Signals.babble(16000, 2.5, 0.3, 7))});
        return parts;
    }

    private static final byte[] COVER = png();

    private static byte[] png() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(1, 1, 0xff8800);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static EpisodeMetadata metadata() {
        return new EpisodeMetadata("Loud & clear: a test – «ünïcode»", "Jane Doe", "The voxpress test podcast",
                "2025-05-16T10:00:00Z", "https://example.org/articles/loud", "en", COVER,
                Map.of(1, "First Heading"));
    }

    private MasteredAudio master(Path target, MasterSettings settings) throws IOException {
        try (Master master = new Master(target, metadata(), settings)) {
            for (Object[] part : episode()) master.add((Segment) part[0], (Pcm) part[1]);
            return master.finish();
        }
    }

    @Test
    void timingsAreSampleExactAndTheTrailingPauseIsDropped() throws IOException {
        MasteredAudio a = master(dir.resolve("a.wav"), MasterSettings.DEFAULTS);
        List<Cue> cues = a.cues();
        assertEquals(7, cues.size());
        assertEquals(0, cues.get(0).startSample());
        long expected = 0;
        List<Object[]> parts = episode();
        for (int i = 0; i < cues.size(); i++) {
            Pcm pcm = (Pcm) parts.get(i)[1];
            long length = new Resampler(pcm.sampleRate(), RATE).outputLength(pcm.samples().length);
            assertEquals(expected, cues.get(i).startSample(), "cue " + i);
            assertEquals(expected + length, cues.get(i).endSample(), "cue " + i);
            expected += length + (i + 1 < cues.size() ? ((Segment) parts.get(i)[0]).pauseMillis() * (long) RATE / 1000 : 0);
        }
        assertEquals(expected / (double) RATE, a.file().seconds(), 1e-9);
        assertEquals(cues.get(6).end(), a.file().seconds(), 1e-9);
        Signals.Decoded wav = Signals.readWav(a.file().path());
        assertEquals(expected, wav.samples().length);
    }

    @Test
    void chaptersStartAtHeadings() throws IOException {
        MasteredAudio a = master(dir.resolve("a.wav"), MasterSettings.DEFAULTS);
        List<Chapter> chapters = a.chapters();
        assertEquals(3, chapters.size());
        assertEquals(metadata().title(), chapters.get(0).title());
        assertEquals(0.0, chapters.get(0).start());
        assertEquals("First Heading", chapters.get(1).title(), "the heading as written, from the metadata");
        assertEquals(a.cues().get(2).start(), chapters.get(1).start());
        assertEquals("Second heading, part one. Part two.", chapters.get(2).title());
        assertEquals(a.cues().get(4).start(), chapters.get(2).start());
        assertEquals(chapters.get(1).start(), chapters.get(0).end());
        assertEquals(a.file().seconds(), chapters.get(2).end());
    }

    @Test
    void loudnessIsNormalizedAndPeaksLimited() throws IOException {
        MasteredAudio a = master(dir.resolve("a.wav"), MasterSettings.DEFAULTS);
        assertTrue(a.limited(), "this episode's peaks need the limiter");
        Signals.Decoded wav = Signals.readWav(a.file().path());
        LoudnessMeter meter = new LoudnessMeter(wav.rate());
        meter.accept(wav.samples());
        Loudness out = meter.result();
        assertEquals(-16.0, out.integratedLufs(), 0.3);
        assertTrue(out.truePeakDbtp() <= -1.0 + 0.05, "true peak " + out.truePeakDbtp());

        MasteredAudio b = master(dir.resolve("b.wav"), MasterSettings.DEFAULTS.withTargetLufs(-23));
        Signals.Decoded quiet = Signals.readWav(b.file().path());
        LoudnessMeter m2 = new LoudnessMeter(quiet.rate());
        m2.accept(quiet.samples());
        assertEquals(-23.0, m2.result().integratedLufs(), 0.3);
    }

    @Test
    void theGainSearchLimitsAtTwoGainsSideBySideInEveryRound() throws IOException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one core: the search tries one gain at a time");
        long passes = Master.LIMIT_PASSES.get();
        long rounds = Master.LIMIT_ROUNDS.get();
        MasteredAudio a = master(dir.resolve("a.wav"), MasterSettings.DEFAULTS);
        assertTrue(a.limited(), "this episode's peaks need the limiter");
        long passesNow = Master.LIMIT_PASSES.get() - passes;
        long roundsNow = Master.LIMIT_ROUNDS.get() - rounds;
        assertEquals(2 * roundsNow, passesNow, "every round limits at two gains");
        Signals.Decoded wav = Signals.readWav(a.file().path());
        LoudnessMeter meter = new LoudnessMeter(wav.rate());
        meter.accept(wav.samples());
        assertEquals(-16.0, meter.result().integratedLufs(), 0.06, "the file holds the gain the search ended at");
        assertEquals(a.output().integratedLufs(), meter.result().integratedLufs(), 0.01, "as reported");
    }

    @Test
    void aLimiterWorkingHardTakesLaterRoundsAlsoAtTwoGains() throws IOException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one core: the search tries one gain at a time");
        long passes = Master.LIMIT_PASSES.get();
        long rounds = Master.LIMIT_ROUNDS.get();
        MasteredAudio a = master(dir.resolve("a.wav"), MasterSettings.DEFAULTS.withTargetLufs(-14.5));
        long passesNow = Master.LIMIT_PASSES.get() - passes;
        long roundsNow = Master.LIMIT_ROUNDS.get() - rounds;
        assertTrue(roundsNow >= 2, "the search took " + roundsNow + " round(s)");
        assertEquals(2 * roundsNow, passesNow, "every round limits at two gains");
        Signals.Decoded wav = Signals.readWav(a.file().path());
        LoudnessMeter meter = new LoudnessMeter(wav.rate());
        meter.accept(wav.samples());
        assertEquals(-14.5, meter.result().integratedLufs(), 0.06, "the file holds the gain the search ended at");
        assertTrue(meter.result().truePeakDbtp() <= -1.0 + 0.05, "true peak " + meter.result().truePeakDbtp());
    }

    @Test
    void mp3HasAnInfoFrameAndExactDuration() throws Exception {
        MasteredAudio a = master(dir.resolve("a.mp3"), MasterSettings.DEFAULTS);
        byte[] file = Files.readAllBytes(a.file().path());
        assertEquals(file.length, a.file().bytes());
        int tagSize = 10 + ((file[6] & 0x7f) << 21 | (file[7] & 0x7f) << 14 | (file[8] & 0x7f) << 7 | (file[9] & 0x7f));
        assertEquals(0xFF, file[tagSize] & 0xFF, "an MP3 frame follows the tag");
        // MPEG-1 mono: side information is 17 bytes, so the Info tag sits at 4 + 17
        String marker = new String(file, tagSize + 21, 4, StandardCharsets.ISO_8859_1);
        assertEquals("Info", marker, "CBR files carry an Info (Xing) header");
        int frames = (file[tagSize + 29] & 0xff) << 24 | (file[tagSize + 30] & 0xff) << 16
                | (file[tagSize + 31] & 0xff) << 8 | (file[tagSize + 32] & 0xff);
        assertTrue(new String(file, tagSize + 21 + 120, 4, StandardCharsets.ISO_8859_1).startsWith("LAME"));
        // encoder delay and padding, 12 bits each, after the LAME version string and 12 more bytes
        int at = tagSize + 21 + 120 + 21;
        int delay = (file[at] & 0xff) << 4 | (file[at + 1] & 0xf0) >> 4;
        int padding = (file[at + 1] & 0x0f) << 8 | (file[at + 2] & 0xff);
        long samples = (long) frames * 1152 - delay - padding;
        assertEquals(Math.round(a.file().seconds() * RATE), samples, 1152, "Info frame count");
        Signals.Decoded decoded = Signals.decodeMp3(a.file().path());
        assertEquals(RATE, decoded.rate());
        // JLayer does not trim the encoder delay and padding (under 0.11 s at 32 kHz); the Info frame is not counted
        assertEquals(a.file().seconds(), decoded.seconds(), (delay + padding + 1152.0) / RATE);
        assertEquals(Math.round(a.file().seconds() * RATE), decoded.samples().length - delay - padding, 1152);
    }

    @Test
    void mp3LoudnessAndPeakAfterDecoding() throws Exception {
        MasteredAudio a = master(dir.resolve("a.mp3"), MasterSettings.DEFAULTS);
        Signals.Decoded decoded = Signals.decodeMp3(a.file().path());
        LoudnessMeter meter = new LoudnessMeter(decoded.rate());
        meter.accept(decoded.samples());
        Loudness out = meter.result();
        assertEquals(-16.0, out.integratedLufs(), 1.0);
        assertTrue(out.truePeakDbtp() <= -1.0, "decoded true peak " + out.truePeakDbtp());
    }

    /** The fake episode three times over (about 45 s): long enough to be encoded in two halves. */
    private MasteredAudio masterLong(Path target) throws IOException {
        return masterLong(target, MasterSettings.DEFAULTS);
    }

    private MasteredAudio masterLong(Path target, MasterSettings settings) throws IOException {
        try (Master master = new Master(target, metadata(), settings)) {
            for (int round = 0; round < 3; round++) {
                for (Object[] part : episode()) master.add((Segment) part[0], (Pcm) part[1]);
            }
            return master.finish();
        }
    }

    /** The lag, within 40 samples, at which {@code b} best matches {@code a} over {@code [from, to)}. */
    private static int lag(float[] a, float[] b, int from, int to) {
        int best = 0;
        double most = Double.NEGATIVE_INFINITY;
        for (int lag = -40; lag <= 40; lag++) {
            double sum = 0;
            for (int i = from; i < to; i++) sum += a[i] * (double) b[i + lag];
            if (sum > most) {
                most = sum;
                best = lag;
            }
        }
        return best;
    }

    @Test
    void aLongMp3EncodedInHalvesIsOneStreamWithEverySampleInItsPlace() throws Exception {
        long halved = Master.HALVED.get();
        long encodes = Master.ENCODES.get();
        MasteredAudio mp3 = masterLong(dir.resolve("long.mp3"));
        assertEquals(1, Master.ENCODES.get() - encodes, "one encode");
        assertEquals(1, Master.HALVED.get() - halved, "in two halves");
        byte[] file = Files.readAllBytes(mp3.file().path());
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(file);
        int first = Mp3Frames.audioStart(bytes);
        int lame = Mp3Frames.lameTag(bytes, first);
        assertTrue(lame > 0, "an Info frame whose CRC checks");
        int frames = 0;
        for (int p = first + Mp3Frames.frameLength(bytes.getInt(first)); p < file.length; frames++) {
            int length = Mp3Frames.frameLength(bytes.getInt(p));
            assertTrue(length > 0, "a frame at " + p);
            p += length;
        }
        assertEquals(frames, bytes.getInt(first + 21 + 8), "frame count");
        assertEquals(file.length - first, bytes.getInt(first + 21 + 12), "byte count");
        assertEquals(Mp3Frames.crc16(bytes, first + Mp3Frames.frameLength(bytes.getInt(first)), file.length),
                bytes.getShort(lame + 32) & 0xffff, "audio CRC");
        // as a single encode: delay 576, and frames and padding that leave exactly the episode's samples
        long samples = Math.round(mp3.file().seconds() * RATE);
        assertEquals(Mp3Frames.ENCODER_DELAY, (bytes.get(lame + 21) & 0xff) << 4 | (bytes.get(lame + 22) & 0xf0) >> 4);
        assertEquals(samples, (long) frames * 1152 - Mp3Frames.ENCODER_DELAY - Mp3Frames.padding(bytes, lame));
        assertEquals((samples + 1152 + 1151) / 1152, frames, "as many frames as one stream");
        // every sentence where the WAV has it: the same lag in the first half and in the second
        float[] wav = Signals.readWav(masterLong(dir.resolve("long.wav")).file().path()).samples();
        float[] decoded = Signals.decodeMp3(mp3.file().path()).samples();
        int offset = 1152 + Mp3Frames.ENCODER_DELAY + 529; // the Info frame, then LAME's and the decoder's delays
        float[] aligned = java.util.Arrays.copyOfRange(decoded, offset - 40, offset - 40 + wav.length + 80);
        List<Cue> cues = mp3.cues();
        Cue early = cues.get(3);
        Cue late = cues.get(cues.size() - 4);
        assertEquals(40, lag(wav, aligned, (int) early.startSample() + 40, (int) early.endSample()), "first half");
        assertEquals(40, lag(wav, aligned, (int) late.startSample() + 40, (int) late.endSample()), "second half");
        assertEquals(-16.0, mp3.output().integratedLufs(), 0.3);
        assertTrue(mp3.output().truePeakDbtp() <= -1.0, "true peak " + mp3.output().truePeakDbtp());
        assertEquals(Mp3Check.measure(mp3.file().path()), mp3.output());
    }

    @Test
    void aLongMp3AtRatesWithoutFramesToSplitIsEncodedWhole() throws Exception {
        // at 32 kbps LAME encodes MPEG-2 at half the rate: no Info frame, frames of another size
        long halved = Master.HALVED.get();
        MasteredAudio mp3 = masterLong(dir.resolve("long32.mp3"), MasterSettings.DEFAULTS.withKbps(32));
        assertEquals(halved, Master.HALVED.get());
        Signals.Decoded decoded = Signals.decodeMp3(mp3.file().path());
        assertEquals(mp3.file().seconds(), decoded.samples().length / (double) decoded.rate(), 0.15);
    }

    @Test
    void theDecodeBesideTheEncodeMeasuresWhatTheFileHolds() throws Exception {
        // the check decodes the frames as they are written, the Info frame as first reserved (a frame of silence)
        for (int kbps : new int[] {64, 32}) {
            MasteredAudio a = master(dir.resolve("beside-" + kbps + ".mp3"), MasterSettings.DEFAULTS.withKbps(kbps));
            assertEquals(Mp3Check.measure(a.file().path()), a.output(), kbps + " kbps");
        }
    }

    @Test
    void bitRatesTooLowForAnInfoFrameStillMakeAPlayableFile() throws Exception {
        // at 32 and 40 kbps LAME encodes at 22.05 and 24 kHz, in frames too small to hold an Info frame
        for (int kbps : new int[] {32, 40}) {
            MasteredAudio a = master(dir.resolve(kbps + ".mp3"), MasterSettings.DEFAULTS.withKbps(kbps));
            Mp3File mp3 = new Mp3File(a.file().path().toString());
            assertEquals(kbps, mp3.getBitrate());
            assertFalse(mp3.isVbr());
            Signals.Decoded decoded = Signals.decodeMp3(a.file().path());
            // without an Info frame a decoder keeps the encoder's delay and padding: a few hundredths of a second
            assertEquals(a.file().seconds(), decoded.samples().length / (double) decoded.rate(), 0.15);
            LoudnessMeter meter = new LoudnessMeter(decoded.rate());
            meter.accept(decoded.samples());
            assertEquals(-16.0, meter.result().integratedLufs(), 1.0, kbps + " kbps");
            assertTrue(meter.result().truePeakDbtp() <= -1.0, kbps + " kbps: true peak " + meter.result().truePeakDbtp());
        }
    }

    @Test
    void id3TagsReadBackWithALibrary() throws Exception {
        MasteredAudio a = master(dir.resolve("a.mp3"), MasterSettings.DEFAULTS.withKbps(96));
        Mp3File mp3 = new Mp3File(a.file().path().toString());
        assertTrue(mp3.hasId3v2Tag());
        assertEquals(96, mp3.getBitrate());
        assertEquals(RATE, mp3.getSampleRate());
        assertFalse(mp3.isVbr());
        ID3v2 tag = mp3.getId3v2Tag();
        EpisodeMetadata meta = metadata();
        assertEquals("3.0", tag.getVersion());
        assertEquals(meta.title(), tag.getTitle());
        assertEquals("Jane Doe", tag.getArtist());
        assertEquals("The voxpress test podcast", tag.getAlbum());
        assertEquals("2025", tag.getYear());
        assertEquals("Podcast", tag.getGenreDescription() != null ? tag.getGenreDescription() : "Podcast");
        assertEquals("https://example.org/articles/loud", tag.getUrl());
        assertEquals("https://example.org/articles/loud", tag.getComment());
        byte[] tlen = tag.getFrameSets().get("TLEN").getFrames().get(0).getData();
        assertEquals(String.valueOf(Math.round(a.file().seconds() * 1000)),
                new ID3v2TextFrameData(false, tlen).getText().toString());
        assertEquals("image/png", tag.getAlbumImageMimeType());
        assertArrayEquals(COVER, tag.getAlbumImage());

        List<ID3v2ChapterTOCFrameData> tocs = tag.getChapterTOC();
        assertEquals(1, tocs.size());
        assertTrue(tocs.get(0).isRoot());
        assertTrue(tocs.get(0).isOrdered());
        assertArrayEquals(new String[] {"chp0", "chp1", "chp2"}, tocs.get(0).getChildren());
        List<ID3v2ChapterFrameData> chapters = tag.getChapters();
        assertEquals(3, chapters.size());
        for (int i = 0; i < 3; i++) {
            ID3v2ChapterFrameData chap = chapters.get(i);
            Chapter expected = a.chapters().get(i);
            assertEquals("chp" + i, chap.getId());
            assertEquals(Math.round(expected.start() * 1000), chap.getStartTime());
            assertEquals(Math.round(expected.end() * 1000), chap.getEndTime());
            assertEquals("TIT2", chap.getSubframes().get(0).getId());
            ID3v2TextFrameData title = new ID3v2TextFrameData(false, chap.getSubframes().get(0).getData());
            assertEquals(expected.title(), title.getText().toString());
        }
    }

    @Test
    void ffprobeReadsTagsChaptersAndDuration() throws Exception {
        assumeTrue(Signals.has("ffprobe"), "ffprobe is not installed");
        MasteredAudio a = master(dir.resolve("a.mp3"), MasterSettings.DEFAULTS);
        String json = Signals.run(false, "ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_chapters",
                "-show_streams", a.file().path().toString());
        JsonNode probe = new ObjectMapper().readTree(json);
        JsonNode tags = probe.path("format").path("tags");
        assertEquals(metadata().title(), tags.path("title").asText());
        assertEquals("Jane Doe", tags.path("artist").asText());
        assertEquals("The voxpress test podcast", tags.path("album").asText());
        assertTrue(tags.path("date").asText().startsWith("2025"), tags.toString());
        assertEquals("https://example.org/articles/loud", tags.path("comment").asText());
        JsonNode chapters = probe.path("chapters");
        assertEquals(3, chapters.size());
        assertEquals("First Heading", chapters.get(1).path("tags").path("title").asText());
        assertEquals(a.chapters().get(1).start(), chapters.get(1).path("start_time").asDouble(), 0.001);
        JsonNode stream = probe.path("streams").get(0);
        assertEquals("mp3", stream.path("codec_name").asText());
        assertEquals(1, stream.path("channels").asInt());
        assertEquals(64000, stream.path("bit_rate").asInt());
        assertEquals(a.file().seconds(), probe.path("format").path("duration").asDouble(), 0.1);
        // ffmpeg trims the encoder delay and padding given in the Info frame: the decoded length is exact
        assertTrue(Signals.has("ffmpeg"));
        Path raw = dir.resolve("decoded.raw");
        Signals.run("ffmpeg", "-v", "error", "-i", a.file().path().toString(), "-f", "s16le", raw.toString());
        assertEquals(a.file().seconds(), Files.size(raw) / 2 / (double) RATE, 0.03);
    }

    @Test
    void sidecarsParseAndMatchTheAudio() throws Exception {
        MasteredAudio a = master(dir.resolve("episode.mp3"), MasterSettings.DEFAULTS);
        List<Path> files = Sidecars.write(a, metadata(), EnumSet.allOf(Sidecar.class));
        assertEquals(List.of(dir.resolve("episode.vtt"), dir.resolve("episode.srt"),
                dir.resolve("episode.chapters.json")), files.stream().map(Path::toAbsolutePath).toList());

        List<WebVttParser.ParsedCue> vtt = WebVttParser.parseVtt(Files.readString(dir.resolve("episode.vtt")));
        assertEquals(7, vtt.size());
        assertEquals("Loud & <clear>: a test", vtt.get(0).text());
        for (int i = 0; i < vtt.size(); i++) {
            assertEquals(a.cues().get(i).start(), vtt.get(i).start(), 0.0006);
            assertEquals(a.cues().get(i).end(), vtt.get(i).end(), 0.0006);
            if (i > 0) assertTrue(vtt.get(i).start() >= vtt.get(i - 1).end());
        }
        double decoded = Signals.decodeMp3(a.file().path()).seconds();
        assertEquals(decoded, vtt.get(vtt.size() - 1).end(), 0.2, "the last cue ends with the audio");

        List<WebVttParser.ParsedCue> srt = WebVttParser.parseSrt(Files.readString(dir.resolve("episode.srt")));
        assertEquals(vtt.size(), srt.size());
        for (int i = 0; i < srt.size(); i++) {
            assertEquals(String.valueOf(i + 1), srt.get(i).id());
            assertEquals(vtt.get(i).start(), srt.get(i).start());
            assertEquals(vtt.get(i).end(), srt.get(i).end());
        }

        JsonNode json = new ObjectMapper().readTree(dir.resolve("episode.chapters.json").toFile());
        assertEquals("1.2.0", json.path("version").asText());
        assertEquals(metadata().title(), json.path("title").asText());
        assertEquals("The voxpress test podcast", json.path("podcastName").asText());
        assertEquals("episode.mp3", json.path("fileName").asText());
        JsonNode chapters = json.path("chapters");
        assertTrue(chapters.isArray());
        assertEquals(3, chapters.size());
        double previous = -1;
        for (int i = 0; i < chapters.size(); i++) {
            JsonNode c = chapters.get(i);
            assertTrue(c.path("startTime").isNumber(), "startTime is required and numeric");
            assertTrue(c.path("startTime").asDouble() > previous, "chapters in order");
            previous = c.path("startTime").asDouble();
            assertEquals(a.chapters().get(i).title(), c.path("title").asText());
            assertTrue(c.path("endTime").asDouble() > c.path("startTime").asDouble());
        }
        assertEquals(0.0, chapters.get(0).path("startTime").asDouble());
    }

    @Test
    void nothingIsLeftBehindWhenNotFinished() throws IOException {
        Path target = dir.resolve("gone.mp3");
        try (Master master = new Master(target, metadata(), MasterSettings.DEFAULTS)) {
            Object[] part = episode().get(0);
            master.add((Segment) part[0], (Pcm) part[1]);
        }
        assertFalse(Files.exists(target));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void silenceAndEmptyEpisodesDoNotFail() throws IOException {
        try (Master master = new Master(dir.resolve("s.mp3"), EpisodeMetadata.titled("Silence"), MasterSettings.DEFAULTS)) {
            master.addSilence(500);
            master.add(new Segment("Nothing.", "Nothing.", Segment.Role.BODY, 0, 0), new Pcm(48000, new float[48000]));
            MasteredAudio a = master.finish();
            assertEquals(1.5, a.file().seconds(), 1e-9);
            assertEquals(0.0, a.gainDb());
            assertNotNull(a.input());
        }
        try (Master master = new Master(dir.resolve("e.wav"), EpisodeMetadata.titled("Empty"), MasterSettings.DEFAULTS)) {
            MasteredAudio a = master.finish();
            assertEquals(0.0, a.file().seconds());
            assertEquals(List.of(), a.chapters());
        }
    }

    @Test
    void id3TextEncodings() throws Exception {
        byte[] tag = Id3Tag.build(EpisodeMetadata.titled("Ünïcode «quotes» – and 日本語"), 1.0, List.of());
        Path file = dir.resolve("t.mp3");
        try (Mp3Encoder enc = new Mp3Encoder(file, tag, 44100, 64)) {
            enc.write(new float[44100], 0, 44100);
            enc.finish();
        }
        assertEquals("Ünïcode «quotes» – and 日本語", new Mp3File(file.toString()).getId3v2Tag().getTitle());
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            assertEquals('I', raf.read());
        }
    }
}
