package dev.voxpress.script;

import static dev.voxpress.script.Says.says;

import org.junit.jupiter.api.Test;

class CharactersTest {
    @Test
    void diacriticsAreDropped() {
        says("Zürich, São Paulo, Kraków and the naïve café", "Zurich, Sao Paulo, Krakow and the naive cafe");
        says("Straße, Ærø, Łódź, Þór, Œuvre", "Strasse, AEro, Lodz, Thor, OEuvre");
    }

    @Test
    void otherScriptsAndEmojiAreDropped() {
        says("Tokyo (東京) and Moscow (Москва)", "Tokyo and Moscow");
        says("Great news 🎉👍🏽!", "Great news!");
        says("Family 👨‍👩‍👧 time ❤️", "Family time");
    }

    @Test
    void aGreekLetterAloneIsSaidByNameAndAGreekWordDropped() {
        says("assumes σ = 1.5", "assumes sigma equals one point five");
        says("approaches ∞ as", "approaches infinity as");
        says("Athens (Αθήνα) and α", "Athens and alpha");
        says("Let μ be the mean", "Let mu be the mean");
        says("In this exercise, π ≈ 3.14.", "In this exercise, pi is approximately three point one four.");
        says("The ratio is ≈ 3.5", "The ratio is approximately three point five");
        says("Vitamin D ≈ 20 units", "Vitamin D approximately twenty units");
        says("a 5 µ coating", "a five micron coating");
    }

    @Test
    void aDaggerAloneIsSaidAndAFootnotesDropped() {
        says("A † marks members, Smith† too, and ‡ staff",
                "A dagger marks members, Smith too, and double dagger staff");
    }

    @Test
    void aCopyrightSignIsSaidBeforeAYearOrANameOnly() {
        says("© 2024 Reuters", "copyright twenty twenty-four Reuters");
        says("©Getty Images", "copyright Getty Images");
        says("a manifesto © we just think", "a manifesto we just think");
        says("Xbox™ and Tylenol®", "Xbox and Tylenol");
    }

    @Test
    void invisibleAndControlCharactersAreDropped() {
        says("zero\u200bwidth, soft\u00adhyphen, bell\u0007, \ufeffmark", "zerowidth, softhyphen, bell, mark");
        says("line\nbreak\tand\u00a0no-break\u2003spaces", "line break and no-break spaces");
    }

    @Test
    void typographyBecomesAscii() {
        says("“Quoted” and ‘single’, it’s «French»", "\"Quoted\" and 'single', it's \"French\"");
        says("ﬁne ligatures and ＦＵＬＬ width", "fine ligatures and FULL width");
    }

    @Test
    void digitsOfOtherScriptsAndGroupedThousands() {
        says("٣ items", "three items");
        says("1\u202f000\u202f000 people", "one million people");
        says("5\u00a0km", "five kilometers");
    }

    @Test
    void nothingSayableLeavesNothing() {
        says("🎉🎉🎉", null);
        says("東京", null);
        says(" \u200b ", null);
        says("—", null);
        says("", null);
    }
}
