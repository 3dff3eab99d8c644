package dev.voxpress.clean;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;

/** Development aid: prints the content roots and raw blocks of a page, before tidying. */
final class Raw {
    public static void main(String[] args) throws Exception {
        var doc = Jsoup.parse(Files.readString(Path.of(args[0])));
        var content = ContentFinder.find(doc.body(), ContentFinder.Flags.ATTEMPTS.get(args.length > 1 ? Integer.parseInt(args[1]) : 0));
        for (var r : content.roots()) System.out.println("ROOT <" + r.normalName() + " class=" + r.className() + " id=" + r.id() + "> score=" + content.stats().of(r).score);
        for (var w : BlockWriter.write(content)) System.out.println("[" + w.block().type() + " " + String.format("%.2f", w.linkShare()) + "] " + w.block().text());
    }
}
