package dev.voxpress.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arithmetic between numbers: "7-3=4" → "seven minus three equals four", "3*5" → "three times five", "2^10" → "two
 * to the power of ten", "5^2" → "five squared", "10/2=5" → "ten divided by two equals five"; and a letter or two
 * raised to a power: "x^2" → "X squared", "mc^2" → "M C squared", "x^3" → "X cubed"; equations with unknowns: "3y - 6 =
 * 9" → "three Y minus six equals nine", "x² - 1 = 0" → "X squared minus one equals zero". A hyphen, slash or "x" counts
 * as an operator only in an expression with an equals sign, so that "3-2", "3/4" and "3 x 4" stay a score, a fraction
 * and a size. Inequalities with arithmetic read like equations ("2x + 1 > 5" → "two X plus one greater than five"); a
 * comparison after "if", "when" and the like takes "is" ("If x > 5" → "If x is greater than 5"); "|-7|" is "the
 * absolute value of -7"; "(a + b) / 2" is "divided by 2"; a unit after a result is left with its number to
 * {@link Measures} ("= 120 sq ft").
 */
final class Arithmetic {
    private static final String NUMBER = "\\d+(?:\\.\\d+)?";
    private static final Pattern EXPRESSION = Pattern.compile("(?=\\d)(?<![\\w.,/*^+=-])" + NUMBER
            + "(?: ?(?:[-+*×x/÷]|\\^-?) ?" + NUMBER + "){1,6}(?: ?= ?-?" + NUMBER + ")?(?![\\w/*^+=-]|[.,]\\d)");
    private static final Pattern TOKEN = Pattern.compile(NUMBER + "|[-+*×x/÷^=]");
    /**
     * A number, a number times an unknown ("3y"), or an unknown, maybe squared or cubed ("x²"); not "a" alone, the
     * article far more often ("2-1 = a win").
     */
    private static final String TERM = "(?:\\d+(?:\\.\\d+)?(?:[a-z][²³]?)?|[b-z][²³]?)(?![\\p{L}\\d])";
    /** The relations an equation or inequality may have, the last three already in words ({@link Characters}). */
    private static final String RELATION = "(?:[=<>]| ?(?:less than or equal to|greater than or equal to"
            + "|not equal to) ?)";
    /** An equation or inequality with unknowns: "3y - 6 = 9" → "three Y minus six equals nine", "2x + 1 > 5". */
    private static final Pattern EQUATION = Pattern.compile("(?<![\\w.,/*^+=-])" + TERM + "(?: ?[-+*×/÷] ?" + TERM
            + "){0,6} ?" + RELATION + " ?-?" + TERM + "(?: ?[-+*×/÷] ?" + TERM + "){0,6}(?![\\w/*^+=<>-]|[.,]\\d)");
    private static final Pattern EQUATION_TOKEN = Pattern.compile("(less than or equal to|greater than or equal to"
            + "|not equal to)|([-+*×/÷=<>])|(\\d+(?:\\.\\d+)?)?([a-z])?([²³])?");
    /** A function of a letter before "=": "f(x) = 2x + 1" → "F of x = ...", "P(A) = 0.3". */
    private static final Pattern FUNCTION = Pattern.compile("(?<![\\w.])([A-Za-z])\\(([A-Za-z])\\)(?= ?=)");
    /** A factorial in an equation: "5! = 120" → "5 factorial = 120" (an exclamation mark elsewhere is one). */
    private static final Pattern FACTORIAL = Pattern.compile("(?<![\\w.])(\\d{1,3})!(?= ?=)");
    /** Trigonometric functions before their argument or a power: "sin²θ" → "sine squared theta". */
    private static final Pattern TRIG = Pattern.compile("\\b(sin|cos|tan)"
            + "(?=[²³]| ?\\(| (?:theta|alpha|beta|phi|[b-z]|\\d)\\b)");
    /** A logarithm's base, written below the line ("log₁₀ 1000", which {@link Characters} makes "log10 1000"). */
    private static final Pattern LOG_BASE = Pattern.compile("\\blog(2|10)(?= \\(?\\d| ?\\()");
    private static final Map<String, String> TRIG_NAMES = Map.of("sin", "sine", "cos", "cosine", "tan", "tangent");
    private static final Pattern LETTER_POWER = Pattern.compile("(?<![\\p{L}\\d^])(\\p{L}{1,2})\\^(\\d{1,3})"
            + "(?![\\p{L}\\d^]|\\.\\d)");

    /** An amount of money as an expression's result: "0.15 × 80 = $12" ("$12" is left to {@link Money}). */
    private static final Pattern RESULT = Pattern.compile(" ?= ?-?[$€£]\\d");
    /**
     * A comparison that is a clause's verb takes "is": "If x > 5, ..." → "If x is greater than 5", "Assume n ≥ 1"; a
     * bare one ("x > 5", "significant at p < 0.05") does not.
     */
    private static final Pattern CONDITION = Pattern.compile("(?<=\\b(?i:if|when|whenever|where|while|unless|because"
            + "|since|until|gives|then|assume|assuming|suppose|supposing|clearly|thus|hence|so|therefore) )"
            + "((?:[A-HJ-Za-z]|\\d+(?:\\.\\d+)?)) *(<|>|less than or equal to|greater than or equal to|not equal to) *"
            + "(?=-?\\.?\\d|[A-Za-z](?![\\p{L}\\d]))");
    /** A slash after a bracketed expression divides it: "(a + b) / 2" → "(a + b) divided by 2". */
    private static final Pattern GROUP_DIVIDED = Pattern.compile("(?<=\\)) ?/ ?(?=[\\d(]|[a-z](?![\\p{L}\\d]))");
    private static final String WORD_TERM = "\\p{L}[\\p{L}']*[²³]?";
    /**
     * An operator between words; a slash or a hyphen only with spaces, being a pair's ("work/life") or a compound's
     * ("cost-benefit") otherwise.
     */
    private static final String WORD_OPERATOR = " ?[×*÷+] ?| [-/] ";
    /** A formula of words: "speed = distance / time", "BMI = weight / height²". */
    private static final Pattern WORD_FORMULA = Pattern.compile("(?<![\\w/*+=-])" + WORD_TERM + "(?:" + WORD_OPERATOR
            + WORD_TERM + "){0,4} ?= ?" + WORD_TERM + "(?:" + WORD_OPERATOR + WORD_TERM + "){0,4}(?![\\w/*+=-])");
    private static final Pattern WORD_FORMULA_OPERATOR = Pattern.compile(WORD_OPERATOR);
    private static final Pattern WORD_FORMULA_TOKEN = Pattern.compile(WORD_OPERATOR + "|=| ?[²³]");
    /** An absolute value: "|−7| = 7" → "the absolute value of -7 = 7". */
    private static final Pattern ABSOLUTE = Pattern.compile("\\|(-?\\d+(?:\\.\\d+)?|[a-z])\\|");

    private Arithmetic() {
    }

    static String speak(String text) {
        String s = text.contains("sin") || text.contains("cos") || text.contains("tan")
                ? Rewrite.replace(TRIG, text, m -> TRIG_NAMES.get(m.group(1))) : text;
        if (s.indexOf('<') >= 0 || s.indexOf('>') >= 0 || s.contains("equal to")) {
            s = Rewrite.replace(CONDITION, s, m -> m.group(1) + " is " + (m.group(2).equals("<") ? "less than"
                    : m.group(2).equals(">") ? "greater than" : m.group(2)) + " ");
        }
        if (s.indexOf('=') >= 0) s = Rewrite.replace(WORD_FORMULA, s, Arithmetic::wordFormula);
        if (!Rewrite.hasDigit(s)) return s;
        if (s.contains("log")) s = Rewrite.replace(LOG_BASE, s, m -> "log base " + m.group(1) + " of");
        s = s.indexOf('!') < 0 ? s : FACTORIAL.matcher(s).replaceAll("$1 factorial");
        if (s.indexOf('|') >= 0) s = ABSOLUTE.matcher(s).replaceAll("the absolute value of $1");
        if (s.indexOf(')') >= 0 && s.indexOf('/') >= 0) s = GROUP_DIVIDED.matcher(s).replaceAll(" divided by ");
        if (s.indexOf('(') >= 0) {
            s = Rewrite.replace(FUNCTION, s, m -> Initialisms.letter(m.group(1).charAt(0)) + " of " + m.group(2));
        }
        String expressions = s;
        s = Rewrite.replace(EXPRESSION, s, m -> say(m, expressions));
        if (s.indexOf('=') >= 0 || s.indexOf('<') >= 0 || s.indexOf('>') >= 0 || s.contains("equal to")) {
            s = Rewrite.replace(EQUATION, s, Arithmetic::equation);
        }
        if (s.indexOf('^') < 0) return s;
        return Rewrite.replace(LETTER_POWER, s, m -> Initialisms.spell(m.group(1).toUpperCase(Locale.ROOT))
                + " " + power(m.group(2)));
    }

    /** "speed equals distance divided by time"; null for "a = b", which {@link Symbols} reads. */
    private static String wordFormula(Matcher m) {
        String formula = m.group();
        if (!WORD_FORMULA_OPERATOR.matcher(formula).find()) return null;
        return Rewrite.replace(WORD_FORMULA_TOKEN, formula, t -> switch (t.group().strip()) {
            case "=" -> " equals ";
            case "²" -> " squared";
            case "³" -> " cubed";
            default -> " " + operator(t.group().strip().charAt(0)) + " ";
        }).replaceAll(" {2,}", " ");
    }

    /** "squared", "cubed", "to the power of four". */
    private static String power(String exponent) {
        return switch (exponent) {
            case "2" -> "squared";
            case "3" -> "cubed";
            default -> "to the power of " + NumberWords.number(exponent);
        };
    }

    private static String say(Matcher m, String text) {
        String expression = m.group();
        boolean equation = expression.indexOf('=') >= 0
                || RESULT.matcher(text).region(m.end(), text.length()).lookingAt();
        // "×" with another operator is arithmetic ("7 − 3 × 2"); alone it may be a size ("3 × 4 m")
        boolean times = expression.indexOf('×') >= 0 && (expression.indexOf('-') >= 0 || expression.indexOf('÷') >= 0);
        if (!equation && !times && expression.indexOf('*') < 0 && expression.indexOf('^') < 0
                && expression.indexOf('+') < 0) {
            return null;
        }
        StringBuilder words = new StringBuilder();
        Matcher token = TOKEN.matcher(expression);
        boolean operand = true;
        List<String> tokens = new ArrayList<>();
        while (token.find()) tokens.add(token.group());
        // a unit after the result is the result's: "12 × 10 = 120 sq ft" leaves "120 sq ft" to Measures
        boolean unitAfter = equation && Measures.unitAt(text, m.end());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean number = Character.isDigit(t.charAt(0));
            if (words.length() > 0) words.append(' ');
            if (number && unitAfter && i == tokens.size() - 1) {
                words.append(t);
                break;
            }
            String fraction = number && i + 2 < tokens.size() && tokens.get(i + 1).equals("/")
                    ? properFraction(t, tokens.get(i + 2)) : null;
            if (fraction != null) {
                words.append(fraction);
                i += 2;
            } else if (number) {
                words.append(NumberWords.number(t));
            } else if (t.equals("^") && !operand && i + 1 < tokens.size()) {
                boolean negative = tokens.get(i + 1).equals("-") && i + 2 < tokens.size();
                words.append(power(negative ? "-" + tokens.get(i += 2) : tokens.get(++i)));
                number = true;
            } else {
                words.append(operand ? "minus" : operator(t.charAt(0)));
            }
            operand = !number;
        }
        return words.toString();
    }

    /** "one half" for "1/2" in "1/2 + 1/3 = 5/6"; null where the slash divides ("10/2 = 5"). */
    private static String properFraction(String numerator, String denominator) {
        if (numerator.indexOf('.') >= 0 || denominator.indexOf('.') >= 0 || numerator.length() > 2
                || denominator.length() > 2 || Integer.parseInt(numerator) >= Integer.parseInt(denominator)) {
            return null;
        }
        return Fractions.fraction(numerator, denominator);
    }

    /**
     * "three Y minus six equals nine"; null for an equation without a number or without an unknown, and for a
     * comparison without arithmetic.
     */
    private static String equation(Matcher m) {
        String equation = m.group();
        if (!Rewrite.hasDigit(equation) || equation.chars().noneMatch(Character::isLowerCase)) return null;
        // a bare comparison ("x < 5") is left to Symbols, which keeps the letter as written
        if (equation.indexOf('=') < 0 && equation.chars().noneMatch(c -> "+*×/÷".indexOf(c) >= 0)
                && equation.indexOf('-', 1) < 0) {
            return null;
        }
        List<String> words = new ArrayList<>();
        boolean operand = true;
        Matcher token = EQUATION_TOKEN.matcher(equation);
        while (token.find()) {
            if (token.group().isEmpty()) continue;
            if (token.group(1) != null || token.group(2) != null) {
                words.add(token.group(1) != null ? token.group(1)
                        : operand ? "minus" : operator(token.group(2).charAt(0)));
                operand = true;
                continue;
            }
            if (token.group(3) != null) words.add(NumberWords.number(token.group(3)));
            if (token.group(4) != null) words.add(Initialisms.letter(token.group(4).charAt(0)));
            if (token.group(5) != null) words.add(token.group(5).equals("²") ? "squared" : "cubed");
            operand = false;
        }
        return String.join(" ", words);
    }

    private static String operator(char c) {
        return switch (c) {
            case '-' -> "minus";
            case '+' -> "plus";
            case '/', '÷' -> "divided by";
            case '=' -> "equals";
            case '<' -> "less than";
            case '>' -> "greater than";
            default -> "times";
        };
    }
}
