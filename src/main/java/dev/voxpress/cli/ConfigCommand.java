package dev.voxpress.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.voxpress.publish.ChannelSettings;

/** {@code voxpress config}: the settings {@code publish} would use, with their sources (docs/configuration.md). */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Print the effective channel settings and where each came from.",
                "A value comes from the environment (VOXPRESS_*), the settings file, or the default; secrets are masked."})
final class ConfigCommand implements Callable<Integer> {
    private static final Pattern SECRET = Pattern.compile("token|key|secret|password");

    @Option(names = "--config", paramLabel = "FILE",
            description = "Channel settings file (default: " + PublishCommand.DEFAULT_CONFIG + " when it exists).")
    Path config;

    @Override
    public Integer call() {
        ChannelSettings settings = PublishCommand.settings(config);
        List<String> keys = settings.keys();
        int keyWidth = keys.stream().mapToInt(String::length).max().orElse(0);
        int valueWidth = keys.stream().mapToInt(key -> shown(key, settings.get(key)).length()).max().orElse(0);
        for (String key : keys) {
            String source = settings.source(key);
            System.out.printf("%-" + keyWidth + "s  %-" + valueWidth + "s  %s%n", key, shown(key, settings.get(key)),
                    source == null ? "default" : source);
        }
        return 0;
    }

    /** The value as printed: {@code -} when unset, masked when the key names a secret. */
    static String shown(String key, String value) {
        if (value == null) return "-";
        return SECRET.matcher(key.toLowerCase(Locale.ROOT)).find() ? "********" : value;
    }
}
