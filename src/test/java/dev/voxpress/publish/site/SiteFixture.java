package dev.voxpress.publish.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.voxpress.master.AudioFile;
import dev.voxpress.master.AudioWriter;
import dev.voxpress.publish.Channel;
import dev.voxpress.publish.Episode;
import dev.voxpress.speak.Engine;
import dev.voxpress.speak.Voices;

/**
 * A real feed folder for tests: MP3s of synthesized speech (FreeTTS, fast), a WebVTT transcript with the
 * true sentence timings, and the {@link Channel} and {@link Episode} values {@code publish} would pass.
 * Built once per JVM into a temporary folder; tests copy it when they change it.
 */
public final class SiteFixture {
    public static final String FIRST = "harbour-lights";
    public static final String SECOND = "tea-rooms-and-tides";
    private static SiteFixture shared;

    public final Path dir;
    public final Channel channel;
    public final List<Episode> episodes;

    private SiteFixture(Path dir, Channel channel, List<Episode> episodes) {
        this.dir = dir;
        this.channel = channel;
        this.episodes = episodes;
    }

    /** The shared fixture: audio and transcripts only, no pages. */
    public static synchronized SiteFixture get() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("voxpress-site-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                shared = build(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind harms nothing.
        }
    }

    /** A copy of the shared fixture in {@code target}, which the caller may change. */
    public static SiteFixture copy(Path target) throws IOException {
        SiteFixture source = get();
        try (var files = Files.walk(source.dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.dir.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(to);
                else Files.copy(file, to);
            }
        }
        return new SiteFixture(target, source.channel, source.episodes);
    }

    public Episode episode(String slug) {
        return episodes.stream().filter(e -> e.slug().equals(slug)).findFirst().orElseThrow();
    }

    static SiteFixture build(Path dir) throws IOException {
        Channel channel = new Channel("Harbour & Tide <Weekly>", "Stories from the coast, read aloud.",
                "The \"Harbour\" Gazette", "Ana Editor", "ana@example.org", "en", "News", null, false, null,
                "https://news.example.org/", "http://127.0.0.1:8080/", "6a1e3b8c-0a4d-5e58-9b1f-2f2d3c4b5a69", 50);
        List<Episode> episodes = new ArrayList<>();
        try (Engine engine = Voices.open("kevin16")) {
            episodes.add(episode(dir, engine, FIRST, "Harbour lights & the \"night\" ferry <live>",
                    Instant.parse("2025-03-01T08:00:00Z"), List.of(
                            List.of("The harbour lights came on at six.", "The ferry was late again.",
                                    "Nobody on the quay seemed to mind."),
                            List.of("A fisherman counted his nets.", "Two gulls argued over a crust of bread.",
                                    "Then the horn sounded across the water."),
                            List.of("The ferry turned into the harbour at last.", "Everyone cheered."))));
            episodes.add(episode(dir, engine, SECOND, "Tea rooms and tides",
                    Instant.parse("2025-03-08T08:00:00Z"), List.of(
                            List.of("The tea room opens when the tide goes out.", "It closes when the tide comes in."))));
        }
        writeFeed(dir, channel, episodes);
        return new SiteFixture(dir, channel, List.copyOf(episodes));
    }

    /** A plain RSS 2.0 feed such as {@code publish} writes (fewer elements): what embed-code reads. */
    static void writeFeed(Path dir, Channel channel, List<Episode> episodes) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" "
                + "xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n");
        xml.append("<title>").append(Html.esc(channel.title())).append("</title>\n<link>")
                .append(Html.esc(channel.link())).append("</link>\n<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"")
                .append(Html.esc(channel.url("feed.xml"))).append("\"/>\n<description>")
                .append(Html.esc(channel.description())).append("</description>\n<language>en</language>\n");
        for (Episode e : episodes) {
            xml.append("<item>\n<title>").append(Html.esc(e.title())).append("</title>\n<link>").append(Html.esc(e.link()))
                    .append("</link>\n<guid isPermaLink=\"false\">").append(Html.esc(e.guid())).append("</guid>\n")
                    .append("<enclosure url=\"").append(Html.esc(channel.url(e.audio()))).append("\" length=\"")
                    .append(e.bytes()).append("\" type=\"audio/mpeg\"/>\n<itunes:duration>")
                    .append(Math.round(e.seconds())).append("</itunes:duration>\n</item>\n");
        }
        xml.append("</channel>\n</rss>\n");
        Files.writeString(dir.resolve("feed.xml"), xml, StandardCharsets.UTF_8);
    }

    private static Episode episode(Path dir, Engine engine, String slug, String title, Instant published,
                                   List<List<String>> paragraphs) throws IOException {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        String audio = "audio/" + slug + ".mp3";
        AudioFile file;
        try (AudioWriter writer = new AudioWriter(dir.resolve(audio))) {
            writer.appendSilence(300);
            int n = 0;
            for (int p = 0; p < paragraphs.size(); p++) {
                List<String> sentences = paragraphs.get(p);
                for (int s = 0; s < sentences.size(); s++) {
                    double start = Math.max(writer.seconds(), 0.3);
                    writer.append(engine.synthesize(sentences.get(s)));
                    double end = writer.seconds();
                    vtt.append(++n).append('\n').append(stamp(start)).append(" --> ").append(stamp(end)).append('\n')
                            .append(sentences.get(s)).append("\n\n");
                    writer.appendSilence(s == sentences.size() - 1 ? 800 : 350);
                }
            }
            file = writer.finish();
        }
        String vttPath = "audio/" + slug + ".vtt";
        Files.writeString(dir.resolve(vttPath), vtt, StandardCharsets.UTF_8);
        String description = String.join(" ", paragraphs.get(0));
        return new Episode(slug, "urn:uuid:" + slug, title, description, "https://news.example.org/" + slug,
                "seeds/" + slug + ".html", "hash-" + slug, "kevin16", published, file.seconds(), file.bytes(), audio,
                vttPath, null, null, null, "Sam Writer");
    }

    static String stamp(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
