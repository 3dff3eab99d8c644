package dev.voxpress.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import dev.voxpress.speak.VoiceProfile;
import dev.voxpress.speak.Voices;

/** {@code voxpress voices}: the voice profiles, in columns as wide as their longest entry. */
@Command(name = "voices", mixinStandardHelpOptions = true,
        description = {"List the voice profiles, their engines, and whether each can speak on this machine now.",
                "The profiles are those built in and those in ./voices; a server voice needs its server to answer,",
                "a hosted voice its key and its service to answer a check that spends no characters."})
final class VoicesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        List<VoiceProfile> profiles = Voices.profiles();
        List<Optional<String>> unavailable = profiles.stream().map(Voices::unavailable).toList();
        int nameWidth = profiles.stream().mapToInt(p -> p.name().length()).max().orElse(0);
        int engineWidth = profiles.stream().mapToInt(p -> p.engine().length()).max().orElse(0);
        int statusWidth = unavailable.stream().mapToInt(u -> status(u).length()).max().orElse(0);
        String row = "%-" + nameWidth + "s  %-" + engineWidth + "s  %-" + statusWidth + "s  %s%s%n";
        for (int i = 0; i < profiles.size(); i++) {
            VoiceProfile profile = profiles.get(i);
            String marker = profile.name().equals(Voices.DEFAULT) ? " (default)" : "";
            System.out.printf(row, profile.name(), profile.engine(), status(unavailable.get(i)),
                    profile.voice().description(), marker);
            unavailable.get(i).ifPresent(reason -> System.out.printf("%-" + nameWidth + "s  %s%n", "", reason));
        }
        return 0;
    }

    private static String status(Optional<String> unavailable) {
        return unavailable.isEmpty() ? "ready" : "unavailable";
    }
}
