package org.metrolex.metrology.uncertainty;

import java.util.List;
import java.util.Locale;

/**
 * A measurement model written as a formula over the input names, e.g.
 * {@code ls + d - ls*(da*theta + alphas*dtheta)} (GUM H.1), compiled once into a {@link ModelFunction}
 * that evaluates on a {@code double[]} without parsing again (Monte Carlo calls it M times).
 * Operators {@code + - * / ^} with the usual precedence (^ binds right), parentheses, numbers, and the
 * functions {@code sqrt exp ln log10 sin cos tan abs}.
 */
public final class ModelExpression {

    private interface Node {
        double eval(double[] x);
    }

    private final String text;
    private final List<String> names;
    private int pos;

    private ModelExpression(String text, List<String> names) {
        this.text = text;
        this.names = names;
    }

    /** Compiles {@code formula} over the inputs {@code names} (in the model's input order). */
    public static ModelFunction compile(String formula, List<String> names) {
        if (formula == null || formula.isBlank()) {
            throw error(formula, 0, "the model formula is empty", "模型公式为空");
        }
        ModelExpression p = new ModelExpression(formula, names);
        Node root = p.expression();
        p.skipSpaces();
        if (p.pos < formula.length()) {
            throw error(formula, p.pos, "unexpected '" + formula.charAt(p.pos) + "'", "无法识别的字符 '" + formula.charAt(p.pos) + "'");
        }
        return root::eval;
    }

    private Node expression() {
        Node left = term();
        while (true) {
            skipSpaces();
            if (eat('+')) {
                Node a = left, b = term();
                left = x -> a.eval(x) + b.eval(x);
            } else if (eat('-')) {
                Node a = left, b = term();
                left = x -> a.eval(x) - b.eval(x);
            } else {
                return left;
            }
        }
    }

    private Node term() {
        Node left = unary();
        while (true) {
            skipSpaces();
            if (eat('*')) {
                Node a = left, b = unary();
                left = x -> a.eval(x) * b.eval(x);
            } else if (eat('/')) {
                Node a = left, b = unary();
                left = x -> a.eval(x) / b.eval(x);
            } else {
                return left;
            }
        }
    }

    /** base ^ exponent; the exponent may carry a sign (2^-1), and ^ binds tighter than a leading minus. */
    private Node power() {
        Node base = primary();
        skipSpaces();
        if (eat('^')) {
            Node a = base, b = unary();
            return x -> Math.pow(a.eval(x), b.eval(x));
        }
        return base;
    }

    private Node unary() {
        skipSpaces();
        if (eat('-')) {
            Node a = unary();
            return x -> -a.eval(x);
        }
        if (eat('+')) {
            return unary();
        }
        return power();
    }

    private Node primary() {
        skipSpaces();
        if (eat('(')) {
            Node inner = expression();
            expect(')');
            return inner;
        }
        int start = pos;
        if (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                    || text.charAt(pos) == 'e' || text.charAt(pos) == 'E'
                    || ((text.charAt(pos) == '-' || text.charAt(pos) == '+') && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')))) {
                pos++;
            }
            double v;
            try {
                v = Double.parseDouble(text.substring(start, pos));
            } catch (NumberFormatException e) {
                throw error(text, start, "not a number: " + text.substring(start, pos), "不是数字：" + text.substring(start, pos));
            }
            return x -> v;
        }
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error(text, pos, "expected a number, a name or '('", "此处应为数字、名称或左括号");
        }
        String name = text.substring(start, pos);
        skipSpaces();
        if (eat('(')) {
            Node arg = expression();
            expect(')');
            return function(name, arg, start);
        }
        int index = names.indexOf(name);
        if (index < 0) {
            throw error(text, start, "unknown input '" + name + "': declare it in inputs", "未声明的输入量 '" + name + "'");
        }
        return x -> x[index];
    }

    private Node function(String name, Node a, int at) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "sqrt" -> x -> Math.sqrt(a.eval(x));
            case "exp" -> x -> Math.exp(a.eval(x));
            case "ln" -> x -> Math.log(a.eval(x));
            case "log10" -> x -> Math.log10(a.eval(x));
            case "sin" -> x -> Math.sin(a.eval(x));
            case "cos" -> x -> Math.cos(a.eval(x));
            case "tan" -> x -> Math.tan(a.eval(x));
            case "abs" -> x -> Math.abs(a.eval(x));
            default -> throw error(text, at, "unknown function '" + name + "'", "未知函数 '" + name + "'");
        };
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean eat(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpaces();
        if (!eat(c)) {
            throw error(text, pos, "expected '" + c + "'", "此处应为 '" + c + "'");
        }
    }

    private static IllegalArgumentException error(String text, int at, String en, String zh) {
        return new IllegalArgumentException("model: " + en + " at position " + (at + 1) + " of \"" + text
                + "\" (模型公式第 " + (at + 1) + " 个字符处：" + zh + ")");
    }
}
