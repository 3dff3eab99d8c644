import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.voxpress.Narrator;
import dev.voxpress.clean.Article;
import dev.voxpress.clean.Block;
import dev.voxpress.script.Script;
import dev.voxpress.script.ScriptWriter;

/**
 * Speed of the script stage (normalizing and splitting into sentences, ScriptWriter), single-threaded, on a long
 * article: the seed's cleaned blocks repeated COPIES times with a heading per copy, as bench/long-article.sh builds.
 * Run: java -cp target/voxpress.jar bench/ScriptSpeed.java [copies (default 42)] [seconds (default 5)]
 */
public class ScriptSpeed {
    public static void main(String[] args) {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 42;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        Article seed = new Narrator().clean("seeds/000_2cb86b97d415e656.txt");
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= copies; i++) {
            blocks.add(new Block(Block.Type.HEADING, "Part " + i));
            blocks.addAll(seed.blocks());
        }
        Article article = new Article(seed.title(), seed.standfirst(), seed.byline(), seed.published(), seed.siteName(),
                seed.language(), seed.url(), seed.image(), blocks);
        ScriptWriter writer = new ScriptWriter();
        int sentences = writer.write(article).segments().size();
        for (long end = System.nanoTime() + 2_000_000_000L; System.nanoTime() < end; ) writer.write(article); // JIT warm-up
        int rounds = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        Script last = null;
        while (System.nanoTime() < end) {
            last = writer.write(article);
            rounds++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d words, %d sentences per script; %d scripts in %.1f s: %.0f sentences/s, %.0f words/s%n",
                article.wordCount(), last.segments().size(), rounds, elapsed, rounds * sentences / elapsed,
                rounds * (double) article.wordCount() / elapsed);
    }
}
