package dev.voxpress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.voxpress.Narrator;
import dev.voxpress.VoxpressException;
import dev.voxpress.clean.Article;
import dev.voxpress.clean.Block;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Print what would be narrated: the title, the standfirst, then the body paragraphs.",
                "With --batch, clean every .html file in DIR_IN into a .txt of its body in DIR_OUT."})
final class CleanCommand implements Callable<Integer> {
    /** Output formats of a single clean. */
    enum Format { text, json }

    @Parameters(paramLabel = "SOURCE", arity = "0..1",
            description = "A .html, .htm or .txt file, an http(s) URL, or - for stdin.")
    String source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (title, standfirst, body, separated by blank lines) or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--batch", arity = "2", paramLabel = "DIR",
            description = "DIR_IN DIR_OUT: clean every .html in DIR_IN into DIR_OUT/NAME.txt; report failures and go on.")
    List<Path> batch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (batch != null) {
            if (source != null) throw new CommandLine.ParameterException(spec.commandLine(), "give SOURCE or --batch, not both");
            return batch(batch.get(0), batch.get(1));
        }
        if (source == null) throw new CommandLine.ParameterException(spec.commandLine(), "missing SOURCE");
        Article article = new Narrator().clean(source);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(article) + "\n" : text(article));
        out.flush();
        return 0;
    }

    /** The title, the standfirst and the body, separated by blank lines: exactly what gets narrated. */
    static String text(Article article) {
        StringBuilder out = new StringBuilder(article.title()).append("\n\n");
        if (article.standfirst() != null) out.append(article.standfirst()).append("\n\n");
        out.append(article.text()).append('\n');
        return out.toString();
    }

    /** The article as a JSON object: metadata, typed blocks and the body text. */
    static String json(Article article) {
        // made here, not when picocli makes the command object for every command line (Jackson's start is tens of ms)
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("title", article.title());
        root.put("standfirst", article.standfirst());
        root.put("byline", article.byline());
        root.put("published", article.published());
        root.put("siteName", article.siteName());
        root.put("language", article.language());
        root.put("languageDetected", article.languageDetected());
        root.put("url", article.url());
        root.put("image", article.image());
        ArrayNode blocks = root.putArray("blocks");
        for (Block block : article.blocks()) {
            ObjectNode b = blocks.addObject();
            b.put("type", block.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.put("text", block.text());
        }
        root.put("text", article.text());
        root.put("wordCount", article.wordCount());
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int batch(Path in, Path out) {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(in)) throw new VoxpressException(in + ": not a folder");
        List<Path> pages;
        try (Stream<Path> files = Files.list(in)) {
            pages = files.filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return Files.isRegularFile(p) && (name.endsWith(".html") || name.endsWith(".htm"));
            }).sorted().toList();
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new VoxpressException(in + ": cannot list: " + e.getMessage(), e);
        }
        Narrator narrator = new Narrator();
        List<Double> millis = new ArrayList<>();
        String slowest = null;
        double slowestMs = -1;
        int failed = 0;
        for (Path page : pages) {
            String name = page.getFileName().toString().replaceFirst("(?i)\\.html?$", "");
            long start = System.nanoTime();
            try {
                Article article = narrator.clean(page.toString());
                double ms = (System.nanoTime() - start) / 1e6;
                millis.add(ms);
                if (ms > slowestMs) {
                    slowestMs = ms;
                    slowest = page.getFileName().toString();
                }
                Files.writeString(out.resolve(name + ".txt"), article.text() + "\n", StandardCharsets.UTF_8);
            } catch (VoxpressException e) {
                failed++;
                err.println("voxpress: " + e.getMessage());
            } catch (IOException e) {
                failed++;
                err.println("voxpress: " + out.resolve(name + ".txt") + ": cannot write: " + e.getMessage());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                failed++;
                err.println("voxpress: " + page + ": internal error: " + e);
            }
        }
        Collections.sort(millis);
        double median = millis.isEmpty() ? 0 : millis.size() % 2 == 1 ? millis.get(millis.size() / 2)
                : (millis.get(millis.size() / 2 - 1) + millis.get(millis.size() / 2)) / 2;
        err.printf(Locale.ROOT, "cleaned %d of %d pages; per page median %.1f ms, max %.1f ms (%s)%n",
                pages.size() - failed, pages.size(), median, Math.max(slowestMs, 0), slowest == null ? "-" : slowest);
        err.flush();
        return failed == 0 ? 0 : Main.BAD_INPUT;
    }
}
