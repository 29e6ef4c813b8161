package org.metrolex.metrology.uncertainty;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A measurement model written as a formula over the input names, e.g.
 * {@code ls + d - ls*(da*theta + alphas*dtheta)} (GUM H.1), compiled once into a
 * {@link DifferentiableModelFunction} that evaluates on a {@code double[]} without parsing again (Monte
 * Carlo calls it M times). Operators {@code + - * / ^} with the usual precedence (^ binds right),
 * parentheses, numbers, and the functions {@code sqrt exp ln log10 sin cos tan abs}.
 *
 * <p>The formula is compiled to a postfix program run over a small value stack, so evaluation uses no
 * recursion however long the formula is; the parser's recursion is bounded by {@link #MAX_NESTING}. The
 * sensitivity coefficients cᵢ = ∂f/∂xᵢ (GUM 5.1.3) are the exact derivatives of the formula, by forward
 * differentiation of the same program (each value carries its derivative by the chain rule): no step
 * size, no cancellation, so a term 0.001658·x₄ in a model of y ≈ 2·10⁴ gives c₄ = 0.001658 to the last
 * digit of a double.
 *
 * <p>Limits (docs/cli.md): at most {@value #MAX_LENGTH} characters and {@value #MAX_NESTING} levels of
 * nesting (parentheses, function calls, signs and powers inside each other).
 */
public final class ModelExpression implements DifferentiableModelFunction {

    /** Longest formula accepted, in characters. */
    public static final int MAX_LENGTH = 10_000;
    /** Deepest nesting of parentheses, function calls, signs and powers. */
    public static final int MAX_NESTING = 100;

    private static final int CONST = 0, VAR = 1, ADD = 2, SUB = 3, MUL = 4, DIV = 5, POW = 6, NEG = 7,
            SQRT = 8, EXP = 9, LN = 10, LOG10 = 11, SIN = 12, COS = 13, TAN = 14, ABS = 15;
    private static final double LN10 = Math.log(10);

    private final String formula;
    private final int[] ops;
    private final int[] args;
    private final double[] constants;
    private final int stackSize;

    private ModelExpression(String formula, int[] ops, int[] args, double[] constants, int stackSize) {
        this.formula = formula;
        this.ops = ops;
        this.args = args;
        this.constants = constants;
        this.stackSize = stackSize;
    }

    /** Compiles {@code formula} over the inputs {@code names} (in the model's input order). */
    public static ModelExpression compile(String formula, List<String> names) {
        if (formula == null || formula.isBlank()) {
            throw error(formula, 0, "the model formula is empty", "模型公式为空");
        }
        if (formula.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("model: the formula has " + formula.length() + " characters, at most "
                    + MAX_LENGTH + " are accepted (模型公式最长 " + MAX_LENGTH + " 个字符)");
        }
        Parser p = new Parser(formula, names);
        p.expression();
        p.skipSpaces();
        if (p.pos < formula.length()) {
            throw error(formula, p.pos, "unexpected '" + formula.charAt(p.pos) + "'", "无法识别的字符 '" + formula.charAt(p.pos) + "'");
        }
        int[] ops = Arrays.copyOf(p.ops, p.size);
        int[] args = Arrays.copyOf(p.args, p.size);
        int depth = 0;
        int max = 0;
        for (int op : ops) {
            depth += op == CONST || op == VAR ? 1 : op <= POW ? -1 : 0;
            max = Math.max(max, depth);
        }
        return new ModelExpression(formula, ops, args, Arrays.copyOf(p.constants, p.constantCount), max);
    }

    public String formula() {
        return formula;
    }

    @Override
    public double value(double[] x) {
        double[] s = new double[stackSize];
        int top = -1;
        for (int k = 0; k < ops.length; k++) {
            switch (ops[k]) {
                case CONST -> s[++top] = constants[args[k]];
                case VAR -> s[++top] = x[args[k]];
                case ADD -> { top--; s[top] = s[top] + s[top + 1]; }
                case SUB -> { top--; s[top] = s[top] - s[top + 1]; }
                case MUL -> { top--; s[top] = s[top] * s[top + 1]; }
                case DIV -> { top--; s[top] = s[top] / s[top + 1]; }
                case POW -> { top--; s[top] = Math.pow(s[top], s[top + 1]); }
                default -> s[top] = unary(ops[k], s[top]);
            }
        }
        return s[0];
    }

    /**
     * ∂f/∂xᵢ by forward differentiation: every stack entry carries (v, dv/dxᵢ), each operation applies
     * its derivative rule. Where the rule needs a value that does not exist (√ or ln at 0, |a| at 0 with
     * a depending on xᵢ) the result is NaN or infinite, and the caller refuses the linearisation.
     */
    @Override
    public double partialDerivative(double[] x, int i) {
        double[] v = new double[stackSize];
        double[] d = new double[stackSize];
        int top = -1;
        for (int k = 0; k < ops.length; k++) {
            int op = ops[k];
            switch (op) {
                case CONST -> { v[++top] = constants[args[k]]; d[top] = 0; }
                case VAR -> { v[++top] = x[args[k]]; d[top] = args[k] == i ? 1 : 0; }
                case ADD, SUB, MUL, DIV, POW -> {
                    top--;
                    double a = v[top], da = d[top], b = v[top + 1], db = d[top + 1];
                    switch (op) {
                        case ADD -> { v[top] = a + b; d[top] = da + db; }
                        case SUB -> { v[top] = a - b; d[top] = da - db; }
                        case MUL -> { v[top] = a * b; d[top] = da * b + a * db; }
                        case DIV -> { v[top] = a / b; d[top] = (da - (a / b) * db) / b; }
                        default -> {
                            double p = Math.pow(a, b);
                            v[top] = p;
                            // d(a^b) = b·a^(b−1)·da + a^b·ln a·db; the second term only where b depends on xᵢ,
                            // so that (−2)^3 and 0^2 keep their ordinary derivatives.
                            double term1 = da == 0 ? 0 : b * Math.pow(a, b - 1) * da;
                            double term2 = db == 0 ? 0 : p * Math.log(a) * db;
                            d[top] = term1 + term2;
                        }
                    }
                }
                default -> {
                    double a = v[top], da = d[top];
                    v[top] = unary(op, a);
                    d[top] = da == 0 ? 0 : switch (op) {
                        case NEG -> -da;
                        case SQRT -> da / (2 * Math.sqrt(a));
                        case EXP -> Math.exp(a) * da;
                        case LN -> da / a;
                        case LOG10 -> da / (a * LN10);
                        case SIN -> Math.cos(a) * da;
                        case COS -> -Math.sin(a) * da;
                        case TAN -> da / (Math.cos(a) * Math.cos(a));
                        default -> a == 0 ? Double.NaN : Math.signum(a) * da;
                    };
                }
            }
        }
        return d[0];
    }

    private static double unary(int op, double a) {
        return switch (op) {
            case NEG -> -a;
            case SQRT -> Math.sqrt(a);
            case EXP -> Math.exp(a);
            case LN -> Math.log(a);
            case LOG10 -> Math.log10(a);
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case TAN -> Math.tan(a);
            default -> Math.abs(a);
        };
    }

    @Override
    public String toString() {
        return formula;
    }

    /** Recursive descent that emits the postfix program as it reads; recursion only where the formula nests. */
    private static final class Parser {
        private final String text;
        private final List<String> names;
        private int pos;
        private int nesting;
        private int[] ops = new int[64];
        private int[] args = new int[64];
        private int size;
        private double[] constants = new double[16];
        private int constantCount;

        Parser(String text, List<String> names) {
            this.text = text;
            this.names = names;
        }

        private void emit(int op, int arg) {
            if (size == ops.length) {
                ops = Arrays.copyOf(ops, 2 * size);
                args = Arrays.copyOf(args, 2 * size);
            }
            ops[size] = op;
            args[size++] = arg;
        }

        private void enter(int at) {
            if (++nesting > MAX_NESTING) {
                throw error(text, at, "nesting deeper than " + MAX_NESTING + " levels", "嵌套超过 " + MAX_NESTING + " 层");
            }
        }

        void expression() {
            term();
            while (true) {
                skipSpaces();
                if (eat('+')) {
                    term();
                    emit(ADD, 0);
                } else if (eat('-')) {
                    term();
                    emit(SUB, 0);
                } else {
                    return;
                }
            }
        }

        private void term() {
            unary();
            while (true) {
                skipSpaces();
                if (eat('*')) {
                    unary();
                    emit(MUL, 0);
                } else if (eat('/')) {
                    unary();
                    emit(DIV, 0);
                } else {
                    return;
                }
            }
        }

        /** A leading sign binds looser than ^: −x^2 = −(x²). */
        private void unary() {
            skipSpaces();
            if (eat('-')) {
                enter(pos);
                unary();
                nesting--;
                emit(NEG, 0);
            } else if (eat('+')) {
                enter(pos);
                unary();
                nesting--;
            } else {
                power();
            }
        }

        /** base ^ exponent; the exponent may carry a sign (2^-1) and binds to the right (2^3^2 = 2^9). */
        private void power() {
            primary();
            skipSpaces();
            if (eat('^')) {
                enter(pos);
                unary();
                nesting--;
                emit(POW, 0);
            }
        }

        private void primary() {
            skipSpaces();
            if (eat('(')) {
                enter(pos - 1);
                expression();
                expect(')');
                nesting--;
                return;
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
                if (!Double.isFinite(v)) {
                    throw error(text, start, "number out of range: " + text.substring(start, pos), "数值超出范围：" + text.substring(start, pos));
                }
                if (constantCount == constants.length) {
                    constants = Arrays.copyOf(constants, 2 * constantCount);
                }
                constants[constantCount] = v;
                emit(CONST, constantCount++);
                return;
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
                int op = function(name, start);
                enter(start);
                expression();
                expect(')');
                nesting--;
                emit(op, 0);
                return;
            }
            int index = names.indexOf(name);
            if (index < 0) {
                throw error(text, start, "unknown input '" + name + "': declare it in inputs", "未声明的输入量 '" + name + "'");
            }
            emit(VAR, index);
        }

        private int function(String name, int at) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "sqrt" -> SQRT;
                case "exp" -> EXP;
                case "ln" -> LN;
                case "log10" -> LOG10;
                case "sin" -> SIN;
                case "cos" -> COS;
                case "tan" -> TAN;
                case "abs" -> ABS;
                default -> throw error(text, at, "unknown function '" + name + "'", "未知函数 '" + name + "'");
            };
        }

        void skipSpaces() {
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
    }

    private static IllegalArgumentException error(String text, int at, String en, String zh) {
        String shown = text == null ? "" : text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return new IllegalArgumentException("model: " + en + " at position " + (at + 1) + " of \"" + shown
                + "\" (模型公式第 " + (at + 1) + " 个字符处：" + zh + ")");
    }
}
