package dev.voxpress.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanNumeralsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            World War II               | World War Two
            World War I                | World War One
            after WWII                 | after World War Two
            Chapter IV                 | Chapter Four
            Super Bowl LVII            | Super Bowl Fifty-seven
            Title IX                   | Title Nine
            Type II diabetes           | Type Two diabetes
            Phase III trial            | Phase Three trial
            Copyright MCMLXXXIV        | Copyright nineteen eighty-four
            the XXXIII Olympiad        | the Thirty-third Olympiad
            the XVIII Dynasty          | the Eighteenth Dynasty
            India named its playing XI | India named its playing Eleven
            the Saturn V rocket         | the Saturn Five rocket
            WrestleMania XL sold out    | WrestleMania Forty sold out
            Apple's iPhone X launched   | Apple's iPhone ten launched
            the iPhone XR               | the iPhone ten R
            the Spitfire Mk IX          | the Spitfire Mark Nine
            Report income in Part III of Schedule C. | Report income in Part Three of Schedule C.
            a Schedule II drug          | a Schedule Two drug
            see appendix iv for more    | see appendix Four for more
            """)
    void counted(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Elizabeth II               | Elizabeth the Second
            Queen Elizabeth I          | Queen Elizabeth the First
            Henry VIII                 | Henry the Eighth
            Henry V                    | Henry the Fifth
            Louis XIV                  | Louis the Fourteenth
            Pope John Paul II          | Pope John Paul the Second
            Charles III's reign        | Charles the Third's reign
            John Smith III             | John Smith the Third
            King Harald V              | King Harald the Fifth
            Robert Griffin III threw   | Robert Griffin the Third threw
            Ramses II ruled            | Ramses the Second ruled
            Cleopatra VII ruled Egypt  | Cleopatra the Seventh ruled Egypt
            """)
    void regnal(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Rocky IV opened            | Rocky Four opened
            Grand Theft Auto VI        | Grand Theft Auto Six
            the Artemis II crew        | the Artemis Two crew
            Final Fantasy VII Rebirth  | Final Fantasy Seven Rebirth
            the XVIII Airborne Corps   | the Eighteenth Airborne Corps
            Grand Theft Auto V sales soared| Grand Theft Auto Five sales soared
            In Grand Theft Auto V.     | In Grand Theft Auto Five.
            the Mark Anthony V. Jones said| the Mark Anthony V Jones said
            """)
    void sequels(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Then I left                | Then I left
            Tom and I went             | Tom and I went
            Malcolm X spoke            | Malcolm X spoke
            Washington DC              | Washington D C
            a MIX of things            | a M I X of things
            Generation X               | Generation X
            """)
    void notNumerals(String written, String said) {
        Says.says(written, said);
    }
}
