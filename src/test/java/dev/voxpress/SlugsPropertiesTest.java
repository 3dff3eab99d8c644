package dev.voxpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Slugs name the files {@code publish} writes, and they come from article titles, which are untrusted: whatever
 * the title (dot segments, slashes, NULs, any Unicode, any length), the slug is a plain lower-case name that
 * cannot leave its folder.
 */
class SlugsPropertiesTest {
    @Property(tries = 2000)
    void anyTitleGivesASafeFileName(@ForAll("titles") String title) {
        String slug = Slugs.of(title);
        assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), "unsafe slug \"" + slug + "\" for \"" + title + "\"");
        assertTrue(slug.length() <= 80, slug);
        assertEquals(slug, Slugs.of(slug), "a slug is its own slug");
    }

    @Provide
    Arbitrary<String> titles() {
        Arbitrary<String> pathy = Arbitraries.of("..", ".", "/", "\\", "\u0000", "%2e", "%2f", "~", ":", "C:", "\u2024",
                "\uff0e", "\u2215", "\u00e9", "\u0130", "\u212a", " ", "\t", "\n", "con", "nul").list().ofMaxSize(30)
                .map(parts -> String.join("", parts));
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), pathy,
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-').ofMinLength(70).ofMaxLength(2000));
    }
}
