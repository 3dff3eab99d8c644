package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Patience;

/**
 * The feed as real podcast clients read it: gPodder's podcastparser and Python's feedparser (Debian's
 * python3-podcastparser and python3-feedparser), and the project's shared feedcheck tool. Skips when they are
 * not installed; CI installs them.
 */
class PodcastClientsTest {
    @TempDir
    static Path tmp;
    static Path feed;
    static String python;

    @BeforeAll
    static void publishAFeed() throws Exception {
        python = findPython();
        if (python == null) return;
        Path articles = tmp.resolve("articles");
        Articles.numbered(articles, 1);
        Articles.write(articles, "odd.txt", "Tom & Jerry's \"Big\" Day 🎉", "It was a day to remember for the whole town.");
        feed = tmp.resolve("feed");
        PublishReport report = PublisherTest.publish(feed, PublisherTest.settings(), articles.toString());
        assertTrue(report.ok(), report.failures().toString());
    }

    /** A Python 3 that has both client libraries: Debian's, or the first on the PATH. */
    private static String findPython() throws InterruptedException {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import feedparser, podcastparser").redirectErrorStream(true).start();
                if (Patience.ends(p) && p.exitValue() == 0) return candidate;
            } catch (IOException e) {
                // Not installed here; try the next.
            }
        }
        return null;
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(Patience.ends(p));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void podcastparserAndFeedparserReadEveryEpisode() throws Exception {
        assumeTrue(python != null, "python3 with feedparser and podcastparser is not installed (apt-get install python3-feedparser python3-podcastparser)");
        String script = """
                import sys, feedparser, podcastparser
                path, base = sys.argv[1], sys.argv[2]
                fp = feedparser.parse(open(path, 'rb').read())
                assert not fp.bozo, fp.get('bozo_exception')
                assert len(fp.entries) == 2, len(fp.entries)
                titles = sorted(e.title for e in fp.entries)
                assert titles[1] == "Tom & Jerry's \\"Big\\" Day \\U0001f389", titles
                for e in fp.entries:
                    enc = e.enclosures[0]
                    assert enc.type == 'audio/mpeg' and int(enc.length) > 0, enc
                pp = podcastparser.parse(base + 'feed.xml', open(path, 'rb'))
                assert pp['title'] == 'Council & <Town> News', pp['title']
                assert len(pp['episodes']) == 2
                for ep in pp['episodes']:
                    assert ep['total_time'] > 0, ep
                    assert ep['enclosures'][0]['file_size'] > 0, ep
                    assert ep['guid'], ep
                print('ok', len(pp['episodes']))
                """;
        String out = run(List.of(python, "-c", script, feed.resolve("feed.xml").toString(), PublisherTest.BASE));
        assertTrue(out.strip().endsWith("ok 2"), out);
    }

    @Test
    void sharedFeedcheckAcceptsTheFeed() throws Exception {
        Path feedcheck = Path.of("../shared/tools/feedcheck");
        assumeTrue(Files.exists(feedcheck), "../shared/tools/feedcheck is absent (run from a checkout beside shared/)");
        assumeTrue(python != null, "python3 with feedparser and podcastparser is not installed");
        String out = run(List.of(python, feedcheck.toString(), feed.toString(), PublisherTest.BASE));
        assertTrue(out.strip().endsWith("2 items, 0 problems"), out);
    }
}
