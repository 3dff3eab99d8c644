package dev.voxpress.script;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arithmetic between numbers: "7-3=4" → "seven minus three equals four", "3*5" → "three times five", "2^10" → "two
 * to the power of ten", "10/2=5" → "ten divided by two equals five". A hyphen, slash or "x" counts as an operator
 * only in an expression with an equals sign, so that "3-2", "3/4" and "3 x 4" stay a score, a fraction and a size.
 */
final class Arithmetic {
    private static final String NUMBER = "\\d+(?:\\.\\d+)?";
    private static final Pattern EXPRESSION = Pattern.compile("(?=\\d)(?<![\\w.,/*^+=-])" + NUMBER + "(?: ?[-+*×x/÷^] ?"
            + NUMBER + "){1,6}(?: ?= ?-?" + NUMBER + ")?(?![\\w.,/*^+=-]|\\.\\d)");
    private static final Pattern TOKEN = Pattern.compile(NUMBER + "|[-+*×x/÷^=]");

    private Arithmetic() {
    }

    static String speak(String text) {
        if (!Rewrite.hasDigit(text)) return text;
        return Rewrite.replace(EXPRESSION, text, Arithmetic::say);
    }

    private static String say(Matcher m) {
        String expression = m.group();
        boolean equation = expression.indexOf('=') >= 0;
        if (!equation && expression.indexOf('*') < 0 && expression.indexOf('^') < 0 && expression.indexOf('+') < 0) {
            return null;
        }
        StringBuilder words = new StringBuilder();
        Matcher token = TOKEN.matcher(expression);
        boolean operand = true;
        while (token.find()) {
            String t = token.group();
            boolean number = Character.isDigit(t.charAt(0));
            if (words.length() > 0) words.append(' ');
            if (number) words.append(NumberWords.number(t));
            else words.append(operand ? "minus" : operator(t.charAt(0)));
            operand = !number;
        }
        return words.toString();
    }

    private static String operator(char c) {
        return switch (c) {
            case '-' -> "minus";
            case '+' -> "plus";
            case '/', '÷' -> "divided by";
            case '^' -> "to the power of";
            case '=' -> "equals";
            default -> "times";
        };
    }
}
