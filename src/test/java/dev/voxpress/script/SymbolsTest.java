package dev.voxpress.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SymbolsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom & Jerry                    | Tom and Jerry
            R&D                            | R and D
            AT&T                           | Ay T and T
            C++ code                       | C plus plus code
            #BlackLivesMatter              | hashtag Black Lives Matter
            #NBAFinals                     | hashtag NBA Finals
            press # to repeat              | press pound to repeat
            a C# developer                 | a C sharp developer
            dial * then 67                 | dial star then sixty-seven
            2+2=4                          | two plus two equals four
            follow @nytimes                | follow at N Y times
            #MeToo                         | hashtag MeToo
            and/or                         | and or
            either/or                      | either or
            ~5 people                      | about five people
            x < 5                          | x less than five
            Flights London → Paris daily   | Flights London to Paris daily
            → Read more                    | Read more
            Tourists buy I ♥ NY shirts     | Tourists buy I love N Y shirts
            Thanks ♥                       | Thanks
            revenue − expenses          | revenue minus expenses
            x − 1                       | x minus one
            Shares ↑ 4% after earnings  | Shares up four percent after earnings
            Bonds ↓ 2%                  | Bonds down two percent
            Press the # key to end.     | Press the pound key to end.
            rated ★★★½ by critics       | rated three and a half stars by critics
            on all items ★ today        | on all items today
            from $2,000 → $5,000        | from two thousand dollars to five thousand dollars
            compute 15 − 7.             | compute fifteen minus seven.
            as (OG − FG) × 131.25       | as (O G minus F G) times one hundred thirty-one point two five
            Share with the hashtag #ZooBabies today. | Share with the hashtag Zoo Babies today.
            the * marks deaths          | the asterisk marks deaths
            marked with *.              | marked with asterisk.
            What the * is going on?     | What the is going on?
            """)
    void symbols(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Then–Prime Minister Smith          | Then Prime Minister Smith
            He left—quietly—at dawn            | He left, quietly, at dawn
            He left – quietly – at dawn        | He left, quietly, at dawn
            He left -- quietly                 | He left, quietly
            Wait... what?                      | Wait, what?
            And then…                          | And then.
            “Stop,” she said.                  | "Stop," she said.
            It’s Bob’s                         | It's Bob's
            [sic] {braces}                     | (sic) (braces)
            a * b _ c ^ d \\ e                 | a b c d e
            — quoted text —                    | quoted text
            """)
    void punctuation(String written, String said) {
        Says.says(written, said);
    }
}
