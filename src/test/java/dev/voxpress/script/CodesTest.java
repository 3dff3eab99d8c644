package dev.voxpress.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            code xk4821                     | code X K four eight two one
            SKU 4417-2283                   | S K U four four one seven, two two eight three
            serial no. SN4471928            | serial number S N four four seven one nine two eight
            serial no. 4471                 | serial number forty-four seventy-one
            tracking no. 1Z999AA1           | tracking number one Z nine nine nine Ay Ay one
            account 8812 4471               | account eight eight one two, four four seven one
            your verification code is 3921  | your verification code is three nine two one
            patient ID 558201               | patient I D five five eight two zero one
            EIN 12-3456789                  | E I N one two, three four five six seven eight nine
            card ending in 4821             | card ending in four eight two one
            Order #4829105 has shipped      | Order number four eight two nine one zero five has shipped
            claim number 5539102            | claim number five five three nine one zero two
            inmate No. 48213054             | inmate number four eight two one three zero five four
            OTP: 482913                     | O T P: four eight two nine one three
            VIN ending 48213                | V I N ending four eight two one three
            the #1 seed                     | the number one seed
            Dial x3321 for benefits     | Dial extension three three two one for benefits
            Contact us at 207-555-0123 x4 for tours. | Contact us at two zero seven, five five five, zero one two three extension four for tours.
            tail number N472UA, landed  | tail number N four seven two U Ay, landed
            with plate 7XKP219.         | with plate seven X K P two one nine.
            the card ending in 4821.    | the card ending in four eight two one.
            tel. 020 7123 4567.         | tel. zero two zero, seven one two three, four five six seven.
            IMO number is 9321483       | I M O number is nine three two one four eight three
            plate read 7KQD418.         | plate read seven K Q D four one eight.
            tail N472UA                 | tail N four seven two U Ay
            the A380                    | the Ay three eighty
            H5N1 bird flu               | H five N one bird flu
            a 4K60 TV                   | a four K sixty T V
            Your verification code is 482 913. | Your verification code is four eight two, nine one three.
            reference claim 7730912 today | reference claim seven seven three zero nine one two today
            Organizers claim 25000 people came | Organizers claim twenty-five thousand people came
            The company's code is 100 years old | The company's code is one hundred years old
            """)
    void identifiersAfterALabel(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            the 94103 ZIP code              | the nine four one zero three ZIP code
            the 212 area code               | the two one two area code
            streams in 1080p                | streams in ten eighty p
            +3.2% year over year            | plus three point two percent year over year
            +44 20 7946 0958                | plus four four, two zero, seven nine four six, zero nine five eight
            dial *611 for help              | dial star six one one for help
            Text VOTE to 50409 now          | Text VOTE to five zero four zero nine now
            text HOME to 741741.            | text HOME to seven four one seven four one.
            Flight UA 1549 landed           | Flight U Ay fifteen forty-nine landed
            flight BA117 from London        | flight B Ay one seventeen from London
            at +49 30 1234567.              | at plus four nine, three zero, one two three four five six seven.
            A 747-8 freighter               | A seven forty-seven eight freighter
            the 777-300ER                   | the seven seventy-seven three hundred E R
            an Intel Core i9-14900K         | an Intel Core i nine fourteen nine hundred K
            an i7-8700                      | an i seven eighty-seven hundred
            Container MSCU 4567891          | Container M S C U four five six seven eight nine one
            HD 189733b                      | H D one eight nine seven three three b
            rounds of 68-70-71              | rounds of sixty-eight, seventy, seventy-one
            Directory: 555-1212             | Directory: five five five, one two one two
            scores 555-600                  | scores five hundred fifty-five to six hundred
            (02) 9374 4123                  | zero two, nine three seven four, four one two three
            Call (312) 555-6789 ext. 4      | Call three one two, five five five, six seven eight nine extension four
            Use promo code SPRING25 today | Use promo code spring twenty-five today
            coupon code SAVE20          | coupon code save twenty
            Use code XKQ25 now          | Use code X K Q two five now
            Dial x3321 for sales        | Dial extension three three two one for sales
            555-0123 x4                 | five five five, zero one two three extension four
            Pickup order 551093 is ready. | Pickup order five five one zero nine three is ready.
            Invoice 4482910 is due.     | Invoice four four eight two nine one zero is due.
            """)
    void codesNamedAsSuchAndWhatOnlyLooksLikeOne(String written, String said) {
        Says.says(written, said);
    }
}
