package dev.voxpress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.voxpress.source.SourceLoader;

class SeedTextTest {
    static final Path SEED = Path.of("seeds/000_2cb86b97d415e656.txt");

    @Test
    void seedYieldsTitleStandfirstAndFiveParagraphs() {
        Article article = new ArticleCleaner().clean(new SourceLoader().fromFile(SEED));

        assertEquals("Russia, Ukraine Agree to Prisoner Exchange", article.title());
        assertEquals("State of the Union: The talks in Istanbul represent the first direct Russia–Ukraine talks since 2022.",
                article.standfirst());
        List<Block> blocks = article.blocks();
        assertEquals(5, blocks.size(), () -> "blocks: " + blocks);
        assertTrue(blocks.stream().allMatch(b -> b.type() == Block.Type.PARAGRAPH));
        assertTrue(blocks.get(0).text().startsWith("Russia and Ukraine’s direct talks Friday in Istanbul"));
        assertTrue(blocks.get(0).text().endsWith("exchange 1,000 prisoners with the other."));
        assertTrue(blocks.get(1).text().startsWith("The negotiations lasted for an hour and forty minutes"));
        assertTrue(blocks.get(2).text().startsWith("Most of the talks were inconclusive."));
        assertTrue(blocks.get(3).text().startsWith("The two countries also remained intractable"));
        assertTrue(blocks.get(4).text().endsWith("to break off all talks with Russia and continue the war."));
    }

    @Test
    void seedLeavesOutAllBoilerplate() {
        Article article = new ArticleCleaner().clean(new SourceLoader().fromFile(SEED));
        String heard = article.title() + "\n" + article.standfirst() + "\n" + article.text();
        for (String boilerplate : List.of("fbpx", "Fellows Program", "Galata Tower", "Getty Images", "Elevenlabs",
                "Donate", "paywall", "Your support", "×")) {
            assertFalse(heard.contains(boilerplate), () -> "narration would contain: " + boilerplate);
        }
    }
}
