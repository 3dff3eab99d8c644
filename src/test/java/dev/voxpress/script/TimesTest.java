package dev.voxpress.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            at 10:30 a.m. today      | at ten thirty Ay M today
            at 10:30am               | at ten thirty Ay M
            at 10:30 AM              | at ten thirty Ay M
            at 9 p.m.                | at nine P M.
            at 9pm on Friday         | at nine P M on Friday
            at 10.30pm               | at ten thirty P M
            at 10:05                 | at ten oh five
            at 10:00                 | at ten o'clock
            at 14:00                 | at fourteen hundred
            at 14:30                 | at fourteen thirty
            at 12 noon               | at twelve noon
            at 00:00                 | at midnight
            in 2:03:45               | in two hours three minutes forty-five seconds
            stands at 1:07:45        | stands at one hour seven minutes forty-five seconds
            in 1:53.81.              | in one minute, fifty-three point eight one seconds.
            Flight time: 1h 30m      | Flight time: one hour thirty minutes
            runs 1:00-3:00 p.m.      | runs one to three P M.
            10:00-11:30              | ten o'clock to eleven thirty
            won the marathon in 2:01:09 | won the marathon in two hours one minute nine seconds
            at 02:00 hours           | at oh two hundred hours
            22:00 hours              | twenty-two hundred hours
            a lap of 1:23.456        | a lap of one minute, twenty-three point four five six seconds
            with 0:03 left           | with three seconds left
            with 2:15 remaining      | with two minutes, fifteen seconds remaining
            with 3:00 left           | with three minutes left
            at 12:00 noon            | at twelve noon
            Gates open 10 a.m.–noon  | Gates open ten Ay M to noon
            Inspection at 1400 hrs   | Inspection at fourteen hundred hours
            Muster at 0830 sharp     | Muster at oh eight thirty sharp
            for takeoff at 1432Z.       | for takeoff at fourteen thirty-two Zulu.
            a finish of 48:21 set a record | a finish of forty-eight minutes and twenty-one seconds set a record
            """)
    void times(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            odds of 3:1          | odds of three to one
            a 16:9 screen        | a sixteen to nine screen
            at 25:30             | at twenty-five to thirty
            I am here            | I am here
            10 a month           | ten a month
            """)
    void notTimes(String written, String said) {
        Says.says(written, said);
    }
}
