package dev.voxpress.serve.ondemand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.voxpress.AtomicOutput;
import dev.voxpress.VoxpressException;

/**
 * The queue's jobs on disk: one JSON file per job in {@code FEED/.voxpress/jobs/}, each replaced atomically, so a
 * process killed at any moment leaves every job as it was before or after its last change. {@code serve} never
 * serves the folder: its name starts with a dot.
 */
final class JobStore {
    /** The folder, relative to the feed folder. */
    static final String FOLDER = ".voxpress/jobs";
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path dir;

    JobStore(Path feedDir) {
        this.dir = feedDir.resolve(FOLDER);
    }

    /**
     * Every job stored, after deleting the temporary files of writes that a killed process left; a file that
     * cannot be read is reported to {@code warn} and skipped.
     */
    List<Job> load(Consumer<String> warn) {
        List<Job> jobs = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".")) {
                        Files.deleteIfExists(file);
                    } else if (name.endsWith(".json")) {
                        try {
                            jobs.add(JSON.readValue(file.toFile(), Job.class));
                        } catch (IOException | RuntimeException e) {
                            warn.accept(file + ": unreadable job, skipped: " + firstLine(e.getMessage()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new VoxpressException(dir + ": cannot read the jobs: " + e.getMessage(), e);
        }
        return jobs;
    }

    /** Writes the job, replacing its previous state in one step. */
    void write(Job job) {
        try (AtomicOutput out = new AtomicOutput(dir.resolve(job.id() + ".json"))) {
            JSON.writeValue(out.temp().toFile(), job);
            out.commit();
        } catch (IOException e) {
            throw new VoxpressException(dir + ": cannot write job " + job.id() + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a job's file. */
    void delete(Job job) {
        try {
            Files.deleteIfExists(dir.resolve(job.id() + ".json"));
        } catch (IOException e) {
            throw new VoxpressException(dir + ": cannot delete job " + job.id() + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "parse error";
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
