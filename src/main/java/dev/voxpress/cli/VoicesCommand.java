package dev.voxpress.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import dev.voxpress.speak.VoiceProfile;
import dev.voxpress.speak.Voices;

@Command(name = "voices", mixinStandardHelpOptions = true,
        description = {"List the voice profiles (built in, and those in ./voices), with their engines,",
                "and whether each can speak on this machine now (a server voice needs its server to answer)."})
final class VoicesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        for (VoiceProfile profile : Voices.profiles()) {
            Optional<String> unavailable = Voices.unavailable(profile);
            String marker = profile.name().equals(Voices.DEFAULT) ? " (default)" : "";
            System.out.printf("%-16s %-15s %-10s %s%s%n", profile.name(), profile.engine(),
                    unavailable.isEmpty() ? "ready" : "unavailable", profile.voice().description(), marker);
            unavailable.ifPresent(reason -> System.out.printf("%-16s %s%n", "", reason));
        }
        return 0;
    }
}
