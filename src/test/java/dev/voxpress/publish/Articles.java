package dev.voxpress.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small plain-text articles for publish tests: short, so that narrating them is quick. */
final class Articles {
    private Articles() {
    }

    static Path write(Path dir, String file, String title, String... paragraphs) throws IOException {
        StringBuilder text = new StringBuilder("Home News Sport\n\n").append(title).append("\n\n");
        for (String paragraph : paragraphs) text.append(paragraph).append("\n\n");
        Path path = dir.resolve(file);
        Files.createDirectories(dir);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    static Path numbered(Path dir, int n) throws IOException {
        return write(dir, String.format("article-%03d.txt", n), "Report Number " + n + " From the Council",
                "The council met on Monday to discuss the budget for the coming year.",
                "Members agreed to review the plan again next month.");
    }
}
