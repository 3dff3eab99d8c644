package dev.voxpress.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            $5                  | five dollars
            $1                  | one dollar
            $5.50               | five dollars and fifty cents
            $5.5                | five dollars and fifty cents
            $1.01               | one dollar and one cent
            $0.99               | ninety-nine cents
            $100,000            | one hundred thousand dollars
            $1.2 million        | one point two million dollars
            $1.2m               | one point two million dollars
            $2.5bn              | two point five billion dollars
            $5B                 | five billion dollars
            $40k                | forty thousand dollars
            €3bn                | three billion euros
            €1                  | one euro
            €2.50               | two euros and fifty cents
            £40m                | forty million pounds
            £1.50               | one pound and fifty pence
            £0.01               | one penny
            ¥500                | five hundred yen
            US$5                | five U S dollars
            A$20                | twenty Australian dollars
            USD 5               | five U S dollars
            5 EUR               | five euros
            5€                  | five euros
            50p                 | fifty pence
            50¢                 | fifty cents
            -$5                 | minus five dollars
            $5–10 million       | five to ten million dollars
            £5m-£10m            | five to ten million pounds
            $1.234              | one point two three four dollars
            $20-$45             | twenty dollars to forty-five dollars
            €10-€15             | ten euros to fifteen euros
            $20-45              | twenty to forty-five dollars
            listed at $12,995 OBO       | listed at twelve thousand nine hundred ninety-five dollars or best offer
            """)
    void amounts(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            It cost $5.                        | It cost five dollars.
            A $2022 fee                        | A two thousand twenty-two-dollar fee
            Sold for a $5 million fee.         | Sold for a five million-dollar fee.
            They raised $1.2 Million in 2022.  | They raised one point two million dollars in twenty twenty-two.
            the $500 fine                      | the five hundred-dollar fine
            Meta's $19 billion acquisition     | Meta's nineteen billion-dollar acquisition
            a $40 million Series B             | a forty million-dollar Series B
            A $1-2 million settlement          | A one to two million-dollar settlement
            the $500 he paid                   | the five hundred dollars he paid
            the $5 million earmarked for schools| the five million dollars earmarked for schools
            the $0 people pay                  | the zero dollars people pay
            the CHF 100 note                   | the one hundred Swiss franc note
            the 99p store                      | the ninety-nine pence store
            a payment of up to a $1 billion, will| a payment of up to a one billion dollars, will
            topped $1.2T on Friday      | topped one point two trillion dollars on Friday
            an $80 bill                 | an eighty-dollar bill
            every $5 bet                | every five-dollar bet
            """)
    void inSentences(String written, String said) {
        Says.says(written, said);
    }
}
