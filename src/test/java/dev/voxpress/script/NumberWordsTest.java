package dev.voxpress.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0         | zero
            7         | seven
            13        | thirteen
            21        | twenty-one
            100       | one hundred
            103       | one hundred three
            1000      | one thousand
            1200      | one thousand two hundred
            1000001   | one million one
            -5        | minus five
            999999999 | nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine
            """)
    void cardinals(long n, String words) {
        assertEquals(words, NumberWords.cardinal(n));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1    | first
            2    | second
            3    | third
            5    | fifth
            12   | twelfth
            20   | twentieth
            21   | twenty-first
            103  | one hundred third
            1000 | one thousandth
            """)
    void ordinals(long n, String words) {
        assertEquals(words, NumberWords.ordinal(n));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1945 | nineteen forty-five
            1900 | nineteen hundred
            1905 | nineteen oh five
            2000 | two thousand
            2001 | two thousand one
            2009 | two thousand nine
            2010 | twenty ten
            2022 | twenty twenty-two
            1066 | ten sixty-six
            800  | eight hundred
            """)
    void years(int year, String words) {
        assertEquals(words, NumberWords.year(year));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1,000     | one thousand
            3.5       | three point five
            0.25      | zero point two five
            .5        | point five
            -1.5      | minus one point five
            007       | zero zero seven
            1,234,567 | one million two hundred thirty-four thousand five hundred sixty-seven
            """)
    void writtenNumbers(String numeral, String words) {
        assertEquals(words, NumberWords.number(numeral));
    }

    @Test
    void hugeNumbersAreReadDigitByDigit() {
        assertEquals("one two three four five six seven eight nine zero one two three four five six seven eight nine",
                NumberWords.number("1234567890123456789"));
        assertEquals("minus nine two two three three seven two zero three six eight five four seven seven five eight "
                + "zero eight", NumberWords.cardinal(Long.MIN_VALUE));
    }
}
