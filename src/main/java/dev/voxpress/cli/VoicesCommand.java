package dev.voxpress.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import dev.voxpress.speak.Voice;
import dev.voxpress.speak.Voices;

@Command(name = "voices", mixinStandardHelpOptions = true,
        description = "List the voices that can be used on this machine, with their engines.")
final class VoicesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        for (Voice voice : Voices.available()) {
            String marker = voice.name().equals(Voices.DEFAULT) ? " (default)" : "";
            System.out.printf("%-16s %-8s %s%s%n", voice.name(), voice.engine(), voice.description(), marker);
        }
        return 0;
    }
}
