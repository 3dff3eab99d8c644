package dev.voxpress.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            1627 Oak Ave.                          | sixteen twenty-seven Oak Avenue.
            350 W Main St                          | three fifty West Main Street
            at 3300 Rte. 9, Freehold, NJ.          | at thirty-three hundred Route nine, Freehold, New Jersey.
            at 1540 Broadway, 2nd Fl.              | at fifteen forty Broadway, second Floor.
            30 Rockefeller Plz., Fl. 10            | thirty Rockefeller Plaza, floor ten
            between 7th and 8th Aves.              | between seventh and eighth Avenues.
            toward 16th and Market Sts.            | toward sixteenth and Market Streets.
            Sts. Peter and Paul Church             | Saints Peter and Paul Church
            reopened SR 91                         | reopened State Route ninety-one
            (SR 2007/185)                          | (S R two thousand seven one hundred eighty-five)
            off SE 3rd St. after                   | off Southeast third Street after
            Springfield, IL 62704                  | Springfield, Illinois six two seven zero four
            Boise, ID 83702                        | Boise, Idaho eight three seven zero two
            PO Box 1054, Kansas City    | P O Box ten fifty-four, Kansas City
            P.O. Box 2024               | P O Box twenty twenty-four
            on Rte. 9W north            | on Route nine W north
            The Rocks, NSW.             | The Rocks, New South Wales.
            Fitzroy VIC 3065            | Fitzroy Victoria thirty sixty-five
            Vic said                    | Vic said
            Wind SW 15-20 kt, becoming W later. | Wind southwest fifteen to twenty knots, becoming west later.
            Madison WI 53703            | Madison Wisconsin five three seven zero three
            at 18 Hwy. 50 E in Ely      | at eighteen Highway fifty East in Ely
            Take US 101 N to San Francisco | Take U S one oh one North to San Francisco
            """)
    void addresses(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Sen. Alex Padilla, D-Calif., said      | Senator Alex Padilla, Democrat of California, said
            Rep. Chip Roy, R-Texas, forced a vote  | Representative Chip Roy, Republican of Texas, forced a vote
            (D-N.Y.)                               | (Democrat of New York)
            the film, R-Rated, is                  | the film, R-Rated, is
            """)
    void aLawmakersPartyAndState(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The race in CA-12 is close.            | The race in California's twelfth district is close.
            won the seat in NY-3                   | won the seat in New York's third district
            the CA-12 lens is sharp                | the C Ay twelve lens is sharp
            """)
    void congressionalDistrictsOnlyAboutElections(String written, String said) {
        Says.says(written, said);
    }
}
