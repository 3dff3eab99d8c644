package dev.voxpress.clean;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.voxpress.source.LoadedSource;
import dev.voxpress.source.MediaType;

/** Development aid: prints what the cleaner makes of one page. */
final class Show {
    public static void main(String[] args) throws Exception {
        byte[] html = Files.readAllBytes(Path.of(args[0]));
        Article a = new HtmlCleaner().clean(new LoadedSource(args[0], "http://fakehost/test/page.html", MediaType.HTML, html, null));
        System.out.println("TITLE: " + a.title() + "\nSTANDFIRST: " + a.standfirst() + "\nBYLINE: " + a.byline()
                + "\nDATE: " + a.published() + "\nSITE: " + a.siteName() + "\nLANG: " + a.language() + "\nURL: " + a.url()
                + "\nIMAGE: " + a.image());
        for (Block b : a.blocks()) System.out.println("[" + b.type() + "] " + b.text());
    }
}
