package dev.voxpress.clean;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;

import dev.voxpress.source.LoadedSource;
import dev.voxpress.source.MediaType;

/** Development aid: prints expected blocks of a test page that the cleaner's text lacks, and extra blocks it has. */
final class Missing {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Article a = new HtmlCleaner().clean(new LoadedSource("x", "http://fakehost/test/page.html", MediaType.HTML,
                Files.readAllBytes(dir.resolve("source.html")), null));
        String ours = " " + String.join(" ", Conformance.tokens(a.text())) + " ";
        var expected = Jsoup.parse(Files.readString(dir.resolve("expected.html")));
        StringBuilder all = new StringBuilder(" ");
        for (var el : expected.select("p, li, h1, h2, h3, h4, h5, h6, td, figcaption, pre, blockquote > *:not(p)")) {
            String t = String.join(" ", Conformance.tokens(el.ownText().isEmpty() ? el.text() : el.text()));
            all.append(t).append(' ');
            if (!t.isEmpty() && !ours.contains(" " + t + " ")) System.out.println("MISSING <" + el.normalName() + "> " + (t.length() > 160 ? t.substring(0, 160) : t));
        }
        String exp = " " + String.join(" ", Conformance.tokens(expected.text())) + " ";
        for (Block b : a.blocks()) {
            String t = String.join(" ", Conformance.tokens(b.text()));
            if (!exp.contains(t)) System.out.println("EXTRA [" + b.type() + "] " + (t.length() > 160 ? t.substring(0, 160) : t));
        }
    }
}
