package dev.voxpress.serve.ondemand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.cli.Main;
import dev.voxpress.publish.Episode;
import dev.voxpress.publish.Manifest;

/**
 * {@code voxpress serve --on-demand} killed with SIGKILL in the middle of a narration (stopped there by the phase
 * gate, so the moment does not depend on the machine's speed), then started again: the job runs again and
 * completes once, with one episode and no leftover or duplicate files.
 */
class KilledServeTest {
    private static final String TOKEN = "kill-test-token-0123456789";
    private static final Duration SAFETY_NET = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void aJobKilledMidNarrationCompletesOnceAfterARestart() throws Exception {
        try (ArticleServer site = new ArticleServer()) {
            String url = site.article("/news/pier", "The Pier Reopens", "", "");
            Path feed = tmp.resolve("feed");
            Path tokenFile = Files.writeString(tmp.resolve("token"), TOKEN + "\n");

            Process first = start(feed, tokenFile, site.origin(), true, "first.log");
            String id;
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
                URI base = URI.create(out.readLine());
                HttpResponse<String> queued = post(base, url);
                assertEquals(202, queued.statusCode(), queued.body());
                id = JSON.readTree(queued.body()).get("id").asText();
                OutputStream in = first.getOutputStream();
                for (String line = out.readLine(); ; line = out.readLine()) {
                    assertTrue(line != null, "serve ended before narrating: " + Files.readString(tmp.resolve("first.log")));
                    if (line.equals("voxpress-phase: NARRATING")) break;
                    in.write('\n');
                    in.flush();
                }
            } finally {
                first.destroyForcibly();
                assertTrue(first.waitFor(60, TimeUnit.SECONDS));
            }
            JsonNode stored = JSON.readTree(feed.resolve(JobStore.FOLDER).resolve(id + ".json").toFile());
            assertEquals("running", stored.get("status").asText(), "killed mid-job, the job should be on disk as running");

            Process second = start(feed, tokenFile, site.origin(), false, "second.log");
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8));
                URI base = URI.create(out.readLine());
                JsonNode job = awaitEnd(base, id);
                assertEquals("done", job.get("status").asText(), job + "\n" + Files.readString(tmp.resolve("second.log")));
                assertEquals(2, job.get("attempts").asInt(), "the interrupted attempt and the one that completed");
                assertEquals(409, post(base, url).statusCode(), "published once, it is not queued again");
            } finally {
                second.destroyForcibly();
                assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            }

            List<Episode> episodes = Manifest.read(feed).orElseThrow().episodes();
            assertEquals(1, episodes.size());
            Episode episode = episodes.get(0);
            assertEquals(url, episode.source());
            Set<String> expected = Stream.of(episode.audio(), episode.vtt(), episode.srt(), episode.chapters())
                    .filter(f -> f != null).collect(Collectors.toCollection(TreeSet::new));
            Set<String> media;
            try (Stream<Path> files = Files.list(feed.resolve("audio"))) {
                media = files.map(f -> "audio/" + f.getFileName()).collect(Collectors.toCollection(TreeSet::new));
            }
            assertEquals(expected, media, "the audio folder holds exactly the episode's files");
            try (Stream<Path> files = Files.walk(feed)) {
                assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList());
            }
            try (Stream<Path> files = Files.list(feed.resolve(JobStore.FOLDER))) {
                assertEquals(1, files.count(), "one job");
            }
            assertEquals(1, Files.readString(feed.resolve("feed.xml")).split("<item>", -1).length - 1);
        }
    }

    private Process start(Path feed, Path tokenFile, String origin, boolean gated, String log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path")));
        if (gated) command.add("-Dvoxpress.phase-gate=stdin");
        command.addAll(List.of(Main.class.getName(), "serve", "--feed", feed.toString(), "--port", "0", "--on-demand",
                "--allow", origin, "--voice", "kevin16", "--token-file", tokenFile.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(tmp.resolve(log).toFile());
        builder.environment().remove(ApiToken.ENV);
        return builder.start();
    }

    private static HttpResponse<String> post(URI base, String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve("/api/narrations")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("url", url).toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode awaitEnd(URI base, String id) throws Exception {
        long deadline = System.nanoTime() + SAFETY_NET.toNanos();
        while (true) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/narrations/" + id))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode job = JSON.readTree(r.body());
            String status = job.path("status").asText();
            if (status.equals("done") || status.equals("failed")) return job;
            if (System.nanoTime() > deadline) throw new AssertionError("job " + id + " still " + status + " after " + SAFETY_NET);
            Thread.sleep(100);
        }
    }
}
