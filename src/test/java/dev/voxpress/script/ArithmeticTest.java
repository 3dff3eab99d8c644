package dev.voxpress.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArithmeticTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            7-3=4.                     | seven minus three equals four.
            3*5                        | three times five
            2^10                       | two to the power of ten
            E = mc^2                   | E equals M C squared
            solve 3y − 6 = 9.          | solve three Y minus six equals nine.
            x² - 1 = 0                 | X squared minus one equals zero
            2x + 1 = 7                 | two X plus one equals seven
            if f = 3 then              | if F equals three then
            3x = 12                    | three X equals twelve
            10^-9                      | ten to the power of minus nine
            f(x) = 2x + 1              | F of X equals two X plus one
            5! = 120                   | five factorial equals one hundred twenty
            1/2 + 1/3 = 5/6            | one half plus one third equals five sixths
            log₁₀ 1000 = 3             | log base ten of one thousand equals three
            sin²θ + cos²θ = 1          | sine squared theta plus cosine squared theta equals one
            3 × 10⁸                    | three times ten to the power of eight
            6.02×10²³                  | six point zero two times ten to the power of twenty-three
            3 × 10⁸ m/s                | three times ten to the power of eight meters per second
            10^-3 g                    | ten to the power of minus three grams
            2x + 1 > 5                 | two X plus one greater than five
            x - 3 < 2y                 | X minus three less than two Y
            a sin tax                  | a sin tax
            If x > 5, stop.             | If x is greater than five, stop.
            If a ≠ b, it fails.         | If a is not equal to b, it fails.
            f(x) = 3x² − 2x + 1         | F of X equals three X squared minus two X plus one
            2x − 1 ≥ 9                  | two X minus one greater than or equal to nine
            `|−7| = 7`                  | the absolute value of minus seven equals seven
            0.15 × 80 = $12             | zero point one five times eighty equals twelve dollars
            If 2x + 3 = 11, then x = 4. | If two X plus three equals eleven, then X equals four.
            Solve 7 − 3 × 2 first.      | Solve seven minus three times two first.
            The mean is (a + b) / 2 here. | The mean is (a plus b) divided by two here.
            So 12 × 10 = 120 sq ft.     | So twelve times ten equals one hundred twenty square feet.
            12 × 10 = 120 in all        | twelve times ten equals one hundred twenty in all
            speed = distance / time     | speed equals distance divided by time
            BMI = weight / height²      | B M I equals weight divided by height squared
            Since 15 − 9 = 6, it is B.  | Since fifteen minus nine equals six, it is B.
            Assume n ≥ 1.               | Assume n is greater than or equal to one.
            """)
    void expressions(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a 3-2 win                  | a three to two win
            3/4 of voters              | three quarters of voters
            it was 2-1 = a win         | it was two to one equals a win
            x = y                      | x equals y
            We won 5!                  | We won five!
            x > 5                       | x greater than five
            significant at p < 0.05     | significant at p less than zero point zero five
            cost-benefit = gain         | cost-benefit equals gain
            Work/life = balance         | Work life equals balance
            """)
    void whatIsNoEquationWithUnknowns(String written, String said) {
        Says.says(written, said);
    }
}
