package dev.voxpress.script;

import static dev.voxpress.script.Says.says;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.voxpress.Patience;

/** The rules together, on text as articles have it. */
class NormalizerTest {
    private static final Pattern SAYABLE = Pattern.compile("[A-Za-z .,;:?!'\"()-]*");
    private static final String PARAGRAPH = "On May 14, 2022, at 10:30 a.m., Dr. Jane Smith of the U.S. Dept. of "
            + "Energy told the BBC that 1,200 homes near St. Louis used 3.5% less power (about 40 kWh a month) "
            + "than in 2019–2020. It saved $1.2 million; see energy.gov/report or e-mail press@energy.gov. "
            + "Temperatures fell to -3 °F — the lowest since the 1990s — and NATO’s 2nd summit, World War II "
            + "veterans and Henry VIII fans (#1 on the list) met at 5 p.m. on Main St. for a 40-year-old’s "
            + "birthday. ";

    @Test
    void aParagraph() {
        says(PARAGRAPH.strip(), "On May fourteenth, twenty twenty-two, at ten thirty Ay M, Doctor Jane Smith of "
                + "the U S Department of Energy told the B B C that one thousand two hundred homes near Saint Louis "
                + "used three point five percent less power (about forty kilowatt hours a month) than in twenty "
                + "nineteen to twenty twenty. It saved one point two million dollars; see energy dot gov slash report "
                + "or e-mail press at energy dot gov. Temperatures fell to minus three degrees Fahrenheit, the "
                + "lowest since the nineteen nineties, and NATO's second summit, World War Two veterans and Henry "
                + "the Eighth fans (number one on the list) met at five P M on Main Street for a forty-year-old's "
                + "birthday.");
    }

    @Test
    void aLongArticleLeavesOnlyWords() {
        // How fast is bench/ScriptSpeed.java's to measure; here only that it ends.
        String article = PARAGRAPH.repeat(10_000 / PARAGRAPH.split(" ").length + 1);
        String said = assertTimeoutPreemptively(Patience.SAFETY_NET, () -> Normalizer.normalize(article));
        assertTrue(SAYABLE.matcher(said).matches());
    }

    @Test
    void sentenceBySentenceAsScriptWriterDoes() {
        StringBuilder said = new StringBuilder();
        for (String sentence : SentenceSplitter.split(PARAGRAPH)) said.append(Normalizer.normalize(sentence)).append('|');
        assertEquals("On May fourteenth, twenty twenty-two, at ten thirty Ay M, Doctor Jane Smith of the U S "
                + "Department of Energy told the B B C that one thousand two hundred homes near Saint Louis used three "
                + "point five percent less power (about forty kilowatt hours a month) than in twenty nineteen to "
                + "twenty twenty.|It saved one point two million dollars; see energy dot gov slash report or e-mail "
                + "press at energy dot gov.|Temperatures fell to minus three degrees Fahrenheit, the lowest since the "
                + "nineteen nineties, and NATO's second summit, World War Two veterans and Henry the Eighth fans "
                + "(number one on the list) met at five P M on Main Street for a forty-year-old's birthday.|",
                said.toString());
    }

    @Test
    void longRunsOfOneThingNeitherOverflowNorCrawl() {
        for (String unit : new String[] {"a.", " ", ",", "1,", "1.1.", "x@y.", ". ", "1990s ", "9-", "A. ", "a-"}) {
            String run = unit.repeat(20_000 / unit.length());
            // Crawling (a regular expression that backtracks without end) shows as a hang: the safety net catches it.
            String said = assertTimeoutPreemptively(Patience.SAFETY_NET, () -> {
                for (String sentence : SentenceSplitter.split(run)) Normalizer.normalize(sentence);
                return Normalizer.normalize(run);
            }, unit);
            assertTrue(SAYABLE.matcher(said).matches(), unit);
        }
    }

    @Test
    void headlinesAndBylines() {
        says("10 Things to Know About the 2024 Election", "ten Things to Know About the twenty twenty-four Election");
        says("By Jane Smith and John Doe, Jr.", "By Jane Smith and John Doe, Junior.");
        says("Updated 3:45 PM ET, Tue May 14, 2024",
                "Updated three forty-five P M E T, Tuesday, May fourteenth, twenty twenty-four");
    }
}
