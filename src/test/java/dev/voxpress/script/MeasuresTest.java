package dev.voxpress.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasuresTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            5 kg                | five kilograms
            1 kg                | one kilogram
            10 km               | ten kilometers
            1 km                | one kilometer
            3 cm                | three centimeters
            60 mph              | sixty miles per hour
            1 mph               | one mile per hour
            5 km/h              | five kilometers per hour
            100 m               | one hundred meters
            0.5 km              | zero point five kilometers
            2.5kg               | two point five kilograms
            10–20 km            | ten to twenty kilometers
            a 5-km run          | a five-kilometer run
            a 10-mph limit      | a ten-mile-per-hour limit
            6 ft. tall          | six feet tall
            1 ft                | one foot
            5'11"               | five feet eleven inches
            5′11″               | five feet eleven inches
            1,000 km²           | one thousand square kilometers
            50 m2               | fifty square meters
            3 x 4 m             | three by four meters
            1920x1080           | one thousand nine hundred twenty by one thousand eighty
            10x faster          | ten times faster
            5 min and 30 sec    | five minutes and thirty seconds
            24h                 | twenty-four hours
            500 mg              | five hundred milligrams
            2 L                 | two liters
            16 GB               | sixteen gigabytes
            100 Mbps            | one hundred megabits per second
            5m people           | five million people
            $3.99/lb            | three dollars and ninety-nine cents per pound
            €2/kg               | two euros per kilogram
            5 mg/L              | five milligrams per liter
            100 km/day          | one hundred kilometers per day
            the 100m sprint     | the one hundred meter sprint
            $450/night          | four hundred fifty dollars per night
            72 bpm              | seventy-two beats per minute
            51°30′N 0°7′W       | fifty-one degrees thirty minutes north zero degrees seven minutes west
            Apt. 12C            | apartment twelve C
            highs of 12C        | highs of twelve degrees Celsius
            a 5/8 inch hole     | a five eighths inch hole
            a 1/2 inch of rain  | a half inch of rain
            fired 155mm shells  | fired one fifty-five millimeter shells
            the 105mm howitzer  | the one oh five millimeter howitzer
            a 0.5 mm tip        | a zero point five millimeter tip
            the 12 km race      | the twelve kilometer race
            its 2 TB drive      | its two terabyte drive
            110V outlets        | one hundred ten volt outlets
            ran 10km yesterday  | ran ten kilometers yesterday
            the 5 km north      | the five kilometers north
            16GB of RAM         | sixteen gigabytes of RAM
            lost 5kg last year  | lost five kilograms last year
            add 200g flour      | add two hundred grams flour
            drove 12 km slowly  | drove twelve kilometers slowly
            sailed at 18 kt     | sailed at eighteen knots
            a 10 kt nuclear test | a ten kiloton nuclear test
            20 mSv of radiation | twenty millisieverts of radiation
            650 lb-ft of torque | six hundred fifty pound-feet of torque
            rose 3 pts. among   | rose three points among
            10x - not more      | ten times, not more
            A 24K gold chain    | A twenty-four karat gold chain
            250,000 bu. of corn | two hundred fifty thousand bushels of corn
            180 bu/acre         | one hundred eighty bushels per acre
            1.5 AU from its star| one point five astronomical units from its star
            A 10 Ω resistor     | A ten ohm resistor
            R = 50 Ω            | R equals fifty ohms
            the company's 5 km course| the company's five kilometer course
            pressure fell to 940 mb     | pressure fell to nine hundred forty millibars
            a 500 mb file               | a five hundred mb file
            ran the 100m in 9.58s       | ran the one hundred meters in nine point five eight seconds
            in 3.1s flat                | in three point one seconds flat
            840 kJ a serving            | eight hundred forty kilojoules a serving
            Each 60 W bulb was replaced | Each sixty watt bulb was replaced
            drew 6.9M peak viewers      | drew six point nine million peak viewers
            5m tall trees               | five meters tall trees
            produces 7,600 kN of thrust | produces seven thousand six hundred kilonewtons of thrust
            a 1920 x 1080 screen        | a one thousand nine hundred twenty by one thousand eighty screen
            Pour a 4" concrete slab.    | Pour a four inch concrete slab.
            the 65" OLED TV             | the sixty-five inch OLED T V
            Rain hit 2.5" overnight.    | Rain hit two point five inches overnight.
            He said "I have 4" and left. | He said "I have four" and left.
            a 5/16" pilot hole          | a five sixteenths inch pilot hole
            It measures 3 m x 5 m.      | It measures three meters by five meters.
            The dryer draws 30 A at full heat. | The dryer draws thirty amps at full heat.
            Install a 20 A breaker here. | Install a twenty amp breaker here.
            It charges at 48 A.         | It charges at forty-eight amps.
            She got 2 A grades this term. | She got two A grades this term.
            Torque them to 80 ft-lbs.   | Torque them to eighty foot-pounds.
            It makes 300 lb-ft of torque | It makes three hundred pound-feet of torque
            The screen is 9 in.         | The screen is nine inches.
            Then came 5 in a row.       | Then came five in a row.
            Pipette 250 µL now          | Pipette two hundred fifty microliters now
            It returned 4.2 g/t gold    | It returned four point two grams per tonne gold
            """)
    void units(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            12%                 | twelve percent
            3.5%                | three point five percent
            3.5 percent         | three point five percent
            -2%                 | minus two percent
            10–20%              | ten to twenty percent
            5.25%-5.5%          | five point two five to five point five percent
            100 %               | one hundred percent
            """)
    void percentages(String written, String said) {
        Says.says(written, said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            20°C                | twenty degrees Celsius
            1°C                 | one degree Celsius
            -3 °F               | minus three degrees Fahrenheit
            −3 °F               | minus three degrees Fahrenheit
            20° C               | twenty degrees Celsius
            30C                 | thirty degrees Celsius
            a 45° angle         | a forty-five degree angle
            20℃                 | twenty degrees Celsius
            near 25.4 N, 80.1 W         | near twenty-five point four north, eighty point one west
            at 40.7° N, 74.0° W         | at forty point seven degrees north, seventy-four point zero degrees west
            rooms 5 N, 6 E              | rooms five N, six E
            """)
    void temperaturesAndAngles(String written, String said) {
        Says.says(written, said);
    }
}
