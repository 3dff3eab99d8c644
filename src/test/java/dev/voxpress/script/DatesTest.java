package dev.voxpress.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            May 14, 2022                  | May fourteenth, twenty twenty-two
            Jan. 2, 1931 – May 3, 2023    | January second, nineteen thirty-one to May third, twenty twenty-three
            on May 14 2022.               | on May fourteenth, twenty twenty-two.
            14 May 2022                   | May fourteenth, twenty twenty-two
            the 14th of May, 2022         | the May fourteenth, twenty twenty-two
            2022-05-14                    | May fourteenth, twenty twenty-two
            5/14/2022                     | May fourteenth, twenty twenty-two
            14/5/2022                     | May fourteenth, twenty twenty-two
            5/14/22                       | May fourteenth, twenty twenty-two
            14.05.2022                    | May fourteenth, twenty twenty-two
            Monday, May 14                | Monday, May fourteenth
            Mon., May 14                  | Monday, May fourteenth
            Jan. 5, 2001                  | January fifth, two thousand one
            Sept. 11                      | September eleventh
            May 14th                      | May fourteenth
            May 14–16                     | May fourteenth to sixteenth
            in May 2022                   | in May twenty twenty-two
            It ended on 3 March.          | It ended on March third.
            on 3 Mar. at noon             | on March third at noon
            Fri 8/22 at Red Rocks         | Friday, August twenty-second at Red Rocks
            Tuesday, 12/31 by noon        | Tuesday, December thirty-first by noon
            Wed 10/2/24 after the bell    | Wednesday, October second, twenty twenty-four after the bell
            Best before 11/2026           | Best before November twenty twenty-six
            a 1/2000 chance               | a one two thousand chance
            Corn for Dec '25 delivery     | Corn for December twenty-five delivery
            Taxes are due 4/15.           | Taxes are due April fifteenth.
            Effective 7/1, fares rise     | Effective July first, fares rise
            rose on 1/2 of the days       | rose on one half of the days
            on 3/5 of the ballots         | on three fifths of the ballots
            never forgotten since 9/11    | never forgotten since nine eleven
            fell 13% in H1 2025.        | fell thirteen percent in the first half of twenty twenty-five.
            Q1 2025.                    | the first quarter of twenty twenty-five.
            open Mon–Fri                | open Monday through Friday
            on sale 11.15.2024 at noon. | on sale November fifteenth, twenty twenty-four at noon.
            contained by 8/21.          | contained by August twenty-first.
            cut by 1/5                  | cut by one fifth
            originally set for 4/22, it moved | originally set for April twenty-second, it moved
            """)
    void dates(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            May 32, 2022      | May thirty-two, twenty twenty-two
            """)
    void impossibleDatesAreNotDates(String written, String said) {
        Says.says(written, said);
    }
}
