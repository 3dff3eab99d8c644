package dev.voxpress.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * {@link ArticleUrl}: the table of URLs and their lookup keys. {@code DropInPlayerTest} runs the same table through
 * {@code voxpress.js} in Chromium and expects the same keys, so that the script finds what {@code publish} indexed.
 */
public class ArticleUrlTest {
    /** Each case: a URL as a page or an episode may spell it, and its key ({@code null}: not an article URL). */
    public static final List<String[]> CASES = cases(
            // Case, default ports, trailing slashes, fragments.
            "HTTPS://News.Example.COM:443/a/b/?utm_source=x&id=3#top", "https://news.example.com/a/b?id=3",
            "HtTp://Example.COM/A/B/?X=1&UTM_CAMPAIGN=a#Frag", "http://example.com/A/B?X=1",
            "http://example.com:80/", "http://example.com/",
            "http://example.com:8080/x/", "http://example.com:8080/x",
            "https://example.com:80/x", "https://example.com:80/x",
            "http://example.com:443/", "http://example.com:443/",
            "https://example.com:443", "https://example.com/",
            "https://example.com:0443/a", "https://example.com/a",
            "https://example.com:/a", "https://example.com/a",
            "https://127.0.0.1:443/a", "https://127.0.0.1/a",
            "http://127.0.0.1:8080/news/harbour", "http://127.0.0.1:8080/news/harbour",
            "http://example.com", "http://example.com/",
            "http://example.com//", "http://example.com/",
            "https://example.com/a/b/c/////", "https://example.com/a/b/c",
            "https://example.com/~user/", "https://example.com/~user",
            "https://example.com/news/harbour#", "https://example.com/news/harbour",
            "https://example.com/news/harbour?#x", "https://example.com/news/harbour",
            "https://example.com/a#x[1]", "https://example.com/a",
            "  https://example.com/a \n", "https://example.com/a",
            "\u3000\u001chttps://example.com/a\u2028", "https://example.com/a",
            // utm_ parameters in any position, in any case; the others kept in order.
            "https://example.com/news/harbour?utm_source=tw&utm_medium=social", "https://example.com/news/harbour",
            "https://example.com/a?utm_source=x&q=1&utm_medium=y", "https://example.com/a?q=1",
            "https://example.com/a?q=1&utm_source=x&utm_medium=y", "https://example.com/a?q=1",
            "https://example.com/news/harbour?a=1&utm_source=tw&b=2", "https://example.com/news/harbour?a=1&b=2",
            "https://example.com/news/harbour?a=1&UTM_Source=tw", "https://example.com/news/harbour?a=1",
            "https://example.com/news/harbour?utm_=1", "https://example.com/news/harbour",
            "https://example.com/news/harbour?utm=1", "https://example.com/news/harbour?utm=1",
            "https://example.com/news/harbour?&&a=1&&", "https://example.com/news/harbour?a=1",
            "https://example.com/a?x=1&&utm_source=2&y=2#utm_z", "https://example.com/a?x=1&y=2",
            "https://example.com/a?utm_source=x#", "https://example.com/a",
            "https://example.com/a?b=[1]", "https://example.com/a?b=[1]",
            "https://example.com/a?b='c'", "https://example.com/a?b='c'",
            // Non-ASCII characters: percent-encoded as UTF-8; existing escapes kept as written.
            "https://example.com/über/straße", "https://example.com/%C3%BCber/stra%C3%9Fe",
            "https://example.com/café/", "https://example.com/caf%C3%A9",
            "https://example.com/日本語/記事?q=東京", "https://example.com/%E6%97%A5%E6%9C%AC%E8%AA%9E/%E8%A8%98%E4%BA%8B?q=%E6%9D%B1%E4%BA%AC",
            "https://example.com/€?€=€#€", "https://example.com/%E2%82%AC?%E2%82%AC=%E2%82%AC",
            "https://example.com/a?q=é&utm_x=1", "https://example.com/a?q=%C3%A9",
            "https://example.com/%C3%BCber", "https://example.com/%C3%BCber",
            "https://example.com/%c3%bcber", "https://example.com/%c3%bcber",
            "https://example.com/a%2Fb", "https://example.com/a%2Fb",
            // Paths as written: no dot-segment removal.
            "https://example.com/a/./b/../c", "https://example.com/a/./b/../c",
            "https://example.com/a(b)*!$,;=:@", "https://example.com/a(b)*!$,;=:@",
            // Hosts.
            "https://[2001:DB8::1]/a", "https://[2001:db8::1]/a",
            "https://localhost:8080/a", "https://localhost:8080/a",
            "https://ex--ample.com/a", "https://ex--ample.com/a",
            "https://EXAMPLE.com.", "https://example.com./",
            "https://xn--bcher-kva.example/a", "https://xn--bcher-kva.example/a",
            // Not article URLs.
            "https://bücher.example/a", null,
            "https://my_host.example.com/a", null,
            "https://-example.com/a", null,
            "https://example.123/a", null,
            "https://256.1.1.1/a", null,
            "https://example.com:99999999999/a", null,
            "https://user:pw@example.com/a", null,
            "http://:80/a", null,
            "https:///a", null,
            "https:example.com/a", null,
            "ftp://example.com/a", null,
            "mailto:a@example.com", null,
            "/relative/path", null,
            "example.com/a", null,
            "", null,
            "   ", null,
            "https://example.com/a b", null,
            "https://example.com/a\tb", null,
            "https://example.com/a|b", null,
            "https://example.com/a^b", null,
            "https://example.com/a\\b", null,
            "https://example.com/a\"b", null,
            "https://example.com/a<b>", null,
            "https://example.com/a{b}", null,
            "https://example.com/a[1]", null,
            "https://example.com/a#x#y", null,
            "https://example.com/%zz", null,
            "https://example.com/a\u00a0b", null,
            "\u00a0https://example.com/a", null,
            "https://example.com/a\u0085", null,
            "https://example.com/" + "a".repeat(ArticleUrl.MAX_LENGTH), null);

    private static List<String[]> cases(String... pairs) {
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) cases.add(new String[] {pairs[i], pairs[i + 1]});
        return List.copyOf(cases);
    }

    @Test
    void normalizesTheTable() {
        for (String[] c : CASES) {
            assertEquals(Optional.ofNullable(c[1]), ArticleUrl.normalize(c[0]), c[0]);
        }
    }

    @Test
    void aKeyIsItsOwnKey() {
        for (String[] c : CASES) {
            if (c[1] != null) assertEquals(Optional.of(c[1]), ArticleUrl.normalize(c[1]), c[1]);
        }
    }

    @Test
    void nullIsNoUrl() {
        assertEquals(Optional.empty(), ArticleUrl.normalize(null));
    }

    @Test
    void originIsSchemeHostAndPort() {
        assertEquals(Optional.of("https://news.example.com"), ArticleUrl.origin("HTTPS://News.Example.com:443/a/b?c=d"));
        assertEquals(Optional.of("http://127.0.0.1:8080"), ArticleUrl.origin("http://127.0.0.1:8080/"));
        assertEquals(Optional.of("http://example.com"), ArticleUrl.origin("http://example.com"));
        assertEquals(Optional.empty(), ArticleUrl.origin("ftp://example.com/a"));
    }
}
