package dev.voxpress.script;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InitialismsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            the U.S. and the U.K.          | the U S and the U K.
            U.S. officials                 | U S officials
            the US economy                 | the U S economy
            the EU                         | the E U
            the BBC                        | the B B C
            the FBI and the UN             | the F B I and the U N
            the USA                        | the U S Ay
            the NHS                        | the N H S
            the NAACP                      | the N Ay Ay C P
            UCLA                           | U C L Ay
            HTML                           | H T M L
            a PhD                          | a P H D
            the AP                         | the Ay P
            three CEOs                     | three C E O's
            the FBI's agents               | the F B eyes agents
            at 9 a.m.                      | at nine Ay M.
            """)
    void spelled(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            NATO                           | NATO
            NASA's probe                   | NASA's probe
            UNESCO                         | UNESCO
            NAFTA                          | NAFTA
            AIDS                           | AIDS
            COVID                          | COVID
            OPEC and FIFA                  | OPEC and FIFA
            ASEAN                          | ASEAN
            CERN                           | CERN
            """)
    void saidAsWords(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            J. R. R. Tolkien               | J R R Tolkien
            George W. Bush                 | George W Bush
            A. A. Milne                    | Ay Ay Milne
            """)
    void initials(String written, String said) {
        Says.says(written, said);
    }

    @Test
    void textInCapitalsIsReadAsWords() {
        Says.says("FIRE IN THE CITY AS FBI RAIDS HOME OF AIDE", "fire in the city as F B I raids home of aide");
        Says.says("WE DON'T KNOW", "we DON'T know");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NATO", "NASA", "UNESCO", "OPEC", "FEMA", "SARS", "IKEA", "STEM", "ISIS"})
    void pronounceable(String token) {
        assertTrue(Initialisms.pronounceable(token), token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NAACP", "UCLA", "ACLU", "HTML", "NHS", "ESPN", "OECD", "NYPD", "IEEE", "JPEG"})
    void unpronounceable(String token) {
        assertFalse(Initialisms.pronounceable(token), token);
    }
}
