package dev.voxpress.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            1,000                      | one thousand
            1,200 prisoners            | one thousand two hundred prisoners
            3.5                        | three point five
            0.25                       | zero point two five
            .5                         | point five
            -5                         | minus five
            −5                         | minus five
            (-5)                       | (minus five)
            007                        | zero zero seven
            1,2,3                      | one, two, three
            12345678901234567890       | one two three four five six seven eight nine zero one two three four five six seven eight nine zero
            iOS 17.2.1                 | I O S seventeen point two point one
            call 555-123-4567          | call five five five, one two three, four five six seven
            Call 911 now               | Call nine one one now
            ZIP 90210                  | ZIP nine zero two one zero
            rated 4.5/5                | rated four point five out of five
            the class of '22           | the class of twenty-two
            No. 10's spokesman         | number ten's spokesman
            meter number on the bill is 60718844 | meter number on the bill is six zero seven one eight eight four four
            registered as NCT04280705   | registered as N C T zero four two eight zero seven zero five
            a population of 10000000 people | a population of ten million people
            12345678 fans               | twelve million three hundred forty-five thousand six hundred seventy-eight fans
            """)
    void cardinalsAndDecimals(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            1st                        | first
            2nd                        | second
            21st                       | twenty-first
            103rd                      | one hundred third
            the 11th hour              | the eleventh hour
            the 21st-century economy   | the twenty-first-century economy
            """)
    void ordinals(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            1945                            | nineteen forty-five
            2001                            | two thousand one
            2022                            | twenty twenty-two
            1900                            | nineteen hundred
            the 2010 census                 | the twenty ten census
            a 12-4 record                   | a twelve and four record
            net zero by 2030                | net zero by twenty thirty
            copyright 2024                  | copyright twenty twenty-four
            in 1945 prisoners were freed    | in nineteen forty-five prisoners were freed
            since 2010                      | since twenty ten
            mid-2020 sales                  | mid-twenty twenty sales
            the summer of 1969              | the summer of nineteen sixty-nine
            by 2030 we will                 | by twenty thirty we will
            from 1990 to 2000               | from nineteen ninety to two thousand
            the 2022 election               | the twenty twenty-two election
            2022 was a hard year            | twenty twenty-two was a hard year
            Published 2019.                 | Published twenty nineteen.
            (2022)                          | (twenty twenty-two)
            in 1066                         | in ten sixty-six
            2,022                           | two thousand twenty-two
            2022 people                     | two thousand twenty-two people
            1945 prisoners                  | one thousand nine hundred forty-five prisoners
            of 1945 votes                   | of one thousand nine hundred forty-five votes
            the 1500 soldiers               | the one thousand five hundred soldiers
            3000 years                      | three thousand years
            preserve Section 230.           | preserve Section two thirty.
            Flight 1549 landed              | Flight fifteen forty-nine landed
            Amtrak train 2150 was late      | Amtrak train twenty-one fifty was late
            the RTX 4090 remains            | the R T X forty ninety remains
            Over 300 people                 | Over three hundred people
            use TTY 711.                | use T T Y seven one one.
            the fox jumped 6x higher    | the fox jumped six times higher
            a 529 plan                  | a five twenty-nine plan
            Form 1040-SR                | Form ten forty S R
            uranium-235 fuels reactors  | uranium two thirty-five fuels reactors
            carbon-14 dating            | carbon fourteen dating
            around 2560 BCE             | around twenty-five sixty B C E
            microchip 985112003456789.  | microchip nine eight five one one two zero zero three four five six seven eight nine.
            near exit 432.              | near exit four thirty-two.
            N95 masks                   | N ninety-five masks
            Exactly 101 volunteers came. | Exactly one hundred one volunteers came.
            """)
    void yearsAndCounts(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            the 1990s                  | the nineteen nineties
            the 1990's                 | the nineteen nineties
            the '90s                   | the nineties
            in her 30s                 | in her thirties
            the 60's                   | the sixties
            the 2000s                  | the two thousands
            the 1900s                  | the nineteen hundreds
            the 2010s                  | the twenty tens
            the mid-1980s              | the mid-nineteen eighties
            1000s of people            | thousands of people
            80's hair metal bands      | eighties hair metal bands
            Monks in the 400s          | Monks in the four hundreds
            """)
    void decades(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            10–20                      | ten to twenty
            10-20                      | ten to twenty
            won 52–48                  | won fifty-two to forty-eight
            a 3-2 win                  | a three to two win
            2019–2022                  | twenty nineteen to twenty twenty-two
            1939–45                    | nineteen thirty-nine to forty-five
            the 2022-23 season         | the twenty twenty-two to twenty-three season
            K-12 schools               | K through twelve schools
            between 2,000-3,000 troops | between two thousand and three thousand troops
            between 15-20% of voters   | between fifteen and twenty percent of voters
            between $10-$15 a barrel   | between ten dollars and fifteen dollars a barrel
            open between 9am-5pm       | open between nine Ay M and five P M
            the 2019-2021 period       | the twenty nineteen to twenty twenty-one period
            a K-9 unit                 | a K nine unit
            odds of 3:1                | odds of three to one
            The Song dynasty (960–1279) rose| The Song dynasty (nine sixty to twelve seventy-nine) rose
            pages (100-200)            | pages (one hundred to two hundred)
            took the first set 6-4     | took the first set six four
            Python 3.12                | Python three point twelve
            Linux kernel 6.10          | Linux kernel six point ten
            a 911 dispatcher           | a nine one one dispatcher
            the 988 Suicide and Crisis Lifeline| the nine eight eight Suicide and Crisis Lifeline
            the Porsche 911 Turbo      | the Porsche nine eleven Turbo
            Senate Bill 1047           | Senate Bill ten forty-seven
            753 BC                     | seven fifty-three B C
            Fans posted #Wimbledon2024 photos| Fans posted hashtag Wimbledon twenty twenty-four photos
            finished the season 11-2    | finished the season eleven and two
            went 9-3 in league play     | went nine and three in league play
            The Yankees are 45-37 this season | The Yankees are forty-five and thirty-seven this season
            won 3-1 at home             | won three to one at home
            Contact 211 for help.       | Contact two one one for help.
            Report potholes to 311 or online | Report potholes to three one one or online
            Prices rose to 311 points   | Prices rose to three hundred eleven points
            The Boeing 737 was diverted | The Boeing seven thirty-seven was diverted
            """)
    void rangesScoresAndRatios(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            1/2                        | one half
            3/4 of voters              | three quarters of voters
            2/3                        | two thirds
            2 1/2 cups                 | two and a half cups
            2½ cups                    | two and a half cups
            ½ cup                      | half a cup
            open 24/7                  | open twenty-four seven
            after 9/11                 | after nine eleven
            gave it 4/5 stars          | gave it four out of five stars
            earned a 9/10 from critics | earned a nine out of ten from critics
            shot 7/12 from the field   | shot seven for twelve from the field
            at 5/1 odds                | at five-to-one odds
            Reviewers gave the phone 9/10| Reviewers gave the phone nine out of ten
            went off at odds of 7/2    | went off at odds of seven-to-two
            written in 4/4 time        | written in four four time
            She scored 17/20 on the quiz | She scored seventeen out of twenty on the quiz
            Experts gave it a 50/50 chance | Experts gave it a fifty fifty chance
            Graphics: 9/10.             | Graphics: nine out of ten.
            Shoot at 1/1000 sec to freeze it | Shoot at one one thousandth of a second to freeze it
            ran the 1/4 mile            | ran the quarter mile
            The 3/4-ton pickup          | The three quarter-ton pickup
            KE = ½mv²                   | K E equals one half mv squared
            1/1000 the thickness        | one one thousandth the thickness
            won by ½ a length           | won by half a length
            wait 1/2 an hour            | wait half an hour
            """)
    void fractions(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a 40-year-old man          | a forty-year-old man
            in 3-D                     | in three-D
            COVID-19                   | COVID nineteen
            an F-16                    | an F sixteen
            5G networks                | five G networks
            the G7                     | the G seven
            an MP3                     | an M P three
            he went 1-for-3            | he went one-for-three
            9-to-5 jobs                | nine-to-five jobs
            the year-2000 problem      | the year-two thousand problem
            """)
    void compounds(String written, String said) {
        Says.says(written, said);
    }
}
