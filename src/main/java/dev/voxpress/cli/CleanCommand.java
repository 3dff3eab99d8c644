package dev.voxpress.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import dev.voxpress.Narrator;
import dev.voxpress.clean.Article;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Print what would be narrated: the title, the standfirst, then the body paragraphs.")
final class CleanCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SOURCE", description = "A .html, .htm or .txt file, an http(s) URL, or - for stdin.")
    String source;

    @Override
    public Integer call() {
        Article article = new Narrator().clean(source);
        StringBuilder out = new StringBuilder(article.title()).append("\n\n");
        if (article.standfirst() != null) out.append(article.standfirst()).append("\n\n");
        out.append(article.text()).append('\n');
        System.out.print(out);
        return 0;
    }
}
