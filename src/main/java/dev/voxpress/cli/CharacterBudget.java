package dev.voxpress.cli;

import picocli.CommandLine.Option;

/** The {@code --max-chars} option of the commands that send text to an engine ({@code narrate}, {@code publish}). */
final class CharacterBudget {
    @Option(names = "--max-chars", paramLabel = "N",
            description = "Stop before sending the engine more than N characters in this run "
                    + "(also max-chars-per-run in the profile).")
    Long maxChars;
}
