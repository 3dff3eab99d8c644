package dev.voxpress.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbbreviationsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Dr. Smith                  | Doctor Smith
            Dr Smith                   | Doctor Smith
            Mr. and Mrs. Jones         | Mister and Missus Jones
            Mr Jones                   | Mister Jones
            Ms. White                  | Miz White
            Gen. Lee                   | General Lee
            Sen. Warren                | Senator Warren
            Rep. Smith                 | Representative Smith
            Gov. Brown                 | Governor Brown
            Lt. Col. Smith             | Lieutenant Colonel Smith
            Prof. Jones                | Professor Jones
            Capt. Kirk                 | Captain Kirk
            Mt. Everest                | Mount Everest
            """)
    void titles(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            St. Louis                  | Saint Louis
            St Paul's Cathedral        | Saint Paul's Cathedral
            Mount St. Helens           | Mount Saint Helens
            on Main St.                | on Main Street.
            on Main St. in town        | on Main Street in town
            5th St.                    | fifth Street.
            on Mulholland Dr.          | on Mulholland Drive.
            45 Pine St Apt. 3B         | forty-five Pine Street apartment three B
            1600 K St NW               | sixteen hundred K Street Northwest
            the 4100 block of S. Cicero Ave. | the forty-one hundred block of South Cicero Avenue.
            at 5 Dr. Martin Luther King Jr. Dr. | at five Doctor Martin Luther King Junior Drive.
            """)
    void saintOrStreet(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            No. 5                      | number five
            No 10 Downing Street       | number ten Downing Street
            #1 hit                     | number one hit
            I said no.                 | I said no.
            Vol. 3                     | Volume three
            see p. 12 and pp. 14-16    | see page twelve and pages fourteen to sixteen
            Fig. 2                     | Figure two
            c. 1850                    | circa eighteen fifty
            the lab in Bldg. 5         | the lab in building five
            meets in Rm 101            | meets in room one oh one
            1200 Market St., Ste 300    | twelve hundred Market Street, suite three hundred
            a W/D hookup                | a washer dryer hookup
            Approx. 300 homes           | Approximately three hundred homes
            """)
    void beforeNumbers(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fruit, e.g. apples                 | fruit, for example apples
            E.g. apples                        | For example apples
            one, i.e. two                      | one, that is two
            apples, pears, etc.                | apples, pears, et cetera.
            apples, etc. and pears             | apples, et cetera and pears
            Roe v. Wade                        | Roe versus Wade
            Ali vs. Frazier                    | Ali versus Frazier
            approx. 5 kg                       | approximately five kilograms
            Acme Inc. and Beta Ltd.            | Acme Incorporated and Beta Limited.
            Smith & Co.                        | Smith and Company.
            Martin Luther King Jr. said        | Martin Luther King Junior said
            in Jan. and Feb.                   | in January and February.
            Smith et al. found                 | Smith and others found
            Cassius Clay, a.k.a. Ali           | Cassius Clay, also known as Ali
            coffee w/ milk and w/o sugar       | coffee with milk and without sugar
            ICYMI: the news                    | in case you missed it: the news
            TBH, it was fine                   | to be honest, it was fine
            IMHO, the IMO rules                | in my humble opinion, the I M O rules
            Jane Doe, Esq.                     | Jane Doe, Esquire.
            Dynasties of the 19th c. in Asia   | Dynasties of the nineteenth century in Asia
            J. Ruiz c/o the warehouse          | J Ruiz care of the warehouse
            The NCAA title              | The N C double Ay title
            Qty 4 at $5 ea.             | Quantity four at five dollars each.
            3 pkgs of 12 pcs            | three packages of twelve pieces
            the mfr warranty            | the manufacturer warranty
            shipments of PCs fell       | shipments of P sees fell
            """)
    void others(String written, String said) {
        Says.says(written, said);
    }
}
