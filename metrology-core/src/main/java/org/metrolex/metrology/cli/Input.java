package org.metrolex.metrology.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object read by a command, with its path, so that every error names the exact field
 * ({@code lots[0].readings[3]}) and the rule it broke, in English and Chinese.
 */
public final class Input {

    /** Most elements in one array (values, labs, readings, loads …). */
    public static final int MAX_ARRAY = 10_000;
    /** Longest text field (a model formula has its own limit, 10 000 characters). */
    public static final int MAX_TEXT = 10_000;
    /** Most characters in one number, as written. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /**
     * Largest decimal exponent of a number's magnitude: every number is 0 or between 10⁻³⁰⁰ and 10³⁰⁰, so
     * it is a finite, normal double wherever a computation needs one.
     */
    public static final int MAX_EXPONENT = 300;
    /** How degrees of freedom spell infinity, in input and output alike. */
    public static final String INFINITY = "inf";

    /** Largest exponent for statistics over many values (comparisons), so sums of squares stay finite. */
    public static final int MAX_STATISTICS_EXPONENT = 100;

    private final JsonNode node;
    private final String path;
    private final int maxExponent;

    Input(JsonNode node, String path) {
        this(node, path, MAX_EXPONENT);
    }

    private Input(JsonNode node, String path, int maxExponent) {
        this.node = node;
        this.path = path;
        this.maxExponent = maxExponent;
    }

    /**
     * The same input, with every number (here and below) limited to 10^±{@value #MAX_STATISTICS_EXPONENT}:
     * means, variances and χ² of many values square and add them.
     */
    public Input forStatistics() {
        return new Input(node, path, MAX_STATISTICS_EXPONENT);
    }

    private String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    public String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || (v.isString() && v.asString().isBlank())) {
            throw new CliInputException(at(field), "required", "field " + at(field) + " is required",
                    "缺少必填字段 " + at(field));
        }
        if (!v.isValueNode()) {
            throw new CliInputException(at(field), "type", at(field) + " must be a text or number",
                    at(field) + " 必须是文本或数字");
        }
        String t = v.asString().strip();
        if (t.length() > MAX_TEXT) {
            throw new CliInputException(at(field), "length", at(field) + " has " + t.length() + " characters, at most "
                    + MAX_TEXT + " are accepted", at(field) + " 最长 " + MAX_TEXT + " 个字符，实际 " + t.length() + " 个");
        }
        return t;
    }

    public String text(String field, String fallback) {
        return has(field) ? text(field) : fallback;
    }

    public BigDecimal decimal(String field) {
        return toDecimal(node.get(field), at(field), maxExponent);
    }

    public BigDecimal decimal(String field, BigDecimal fallback) {
        return has(field) ? decimal(field) : fallback;
    }

    public int integer(String field) {
        BigDecimal d = decimal(field);
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw new CliInputException(at(field), "integer", at(field) + " must be a whole number", at(field) + " 必须是整数");
        }
    }

    /** A whole number between {@code min} and {@code max} inclusive. */
    public int integer(String field, int min, int max) {
        int v = integer(field);
        if (v < min || v > max) {
            throw new CliInputException(at(field), "range", at(field) + " must be between " + min + " and " + max + ", got " + v,
                    at(field) + " 必须在 " + min + " 到 " + max + " 之间，实际为 " + v);
        }
        return v;
    }

    public int integer(String field, int min, int max, int fallback) {
        return has(field) ? integer(field, min, max) : fallback;
    }

    /**
     * Degrees of freedom: a positive number, or {@value #INFINITY} for infinity (an exactly known
     * uncertainty, GUM G.4.2), the spelling the output uses too.
     */
    public double degreesOfFreedom(String field) {
        JsonNode v = node.get(field);
        if (v != null && v.isString() && v.asString().strip().equals(INFINITY)) {
            return Double.POSITIVE_INFINITY;
        }
        BigDecimal d = decimal(field);
        if (d.signum() <= 0) {
            throw new CliInputException(at(field), "positive", at(field) + " (degrees of freedom) must be positive or \""
                    + INFINITY + "\", got " + d, at(field) + "（自由度）必须为正数或 \"" + INFINITY + "\"，实际为 " + d);
        }
        return d.doubleValue();
    }

    public int integer(String field, int fallback) {
        return has(field) ? integer(field) : fallback;
    }

    public long longValue(String field, long fallback) {
        if (!has(field)) {
            return fallback;
        }
        try {
            return decimal(field).longValueExact();
        } catch (ArithmeticException e) {
            throw new CliInputException(at(field), "integer", at(field) + " must be a whole number", at(field) + " 必须是整数");
        }
    }

    public boolean bool(String field, boolean fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode v = node.get(field);
        if (!v.isBoolean()) {
            throw new CliInputException(at(field), "type", at(field) + " must be true or false", at(field) + " 必须是 true 或 false");
        }
        return v.asBoolean();
    }

    public LocalDate date(String field, LocalDate fallback) {
        if (!has(field)) {
            return fallback;
        }
        String t = text(field);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new CliInputException(at(field), "date", at(field) + " must be a date like 2026-11-27, got " + t,
                    at(field) + " 必须是形如 2026-11-27 的日期，实际为 " + t);
        }
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String t = text(field);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t.replace('-', '_'))) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw new CliInputException(at(field), "one-of", at(field) + " must be one of " + names + ", got " + t,
                at(field) + " 只能取 " + names + " 之一，实际为 " + t);
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type, E fallback) {
        return has(field) ? enumValue(field, type) : fallback;
    }

    public Input object(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isObject()) {
            throw new CliInputException(at(field), "object", at(field) + " must be an object", at(field) + " 必须是对象");
        }
        return new Input(v, at(field), maxExponent);
    }

    /** The elements of an array field, each read by {@code reader} with its own path. */
    public <T> List<T> list(String field, Function<Input, T> reader) {
        List<T> out = new ArrayList<>();
        JsonNode v = array(field);
        for (int i = 0; i < v.size(); i++) {
            out.add(reader.apply(new Input(v.get(i), at(field) + "[" + i + "]", maxExponent)));
        }
        return out;
    }

    /** The elements of an array of texts, e.g. laboratory ids. */
    public List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = array(field);
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            String where = at(field) + "[" + i + "]";
            if (e == null || !e.isString() || e.asString().isBlank() || e.asString().length() > MAX_TEXT) {
                throw new CliInputException(where, "text", where + " must be a non-blank text of at most " + MAX_TEXT + " characters",
                        where + " 必须是不超过 " + MAX_TEXT + " 个字符的非空文本");
            }
            out.add(e.asString().strip());
        }
        return out;
    }

    public List<BigDecimal> decimals(String field) {
        List<BigDecimal> out = new ArrayList<>();
        JsonNode v = array(field);
        for (int i = 0; i < v.size(); i++) {
            out.add(toDecimal(v.get(i), at(field) + "[" + i + "]", maxExponent));
        }
        return out;
    }

    private JsonNode array(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw new CliInputException(at(field), "non-empty-array", at(field) + " must be a non-empty array",
                    at(field) + " 必须是非空数组");
        }
        if (v.size() > MAX_ARRAY) {
            throw new CliInputException(at(field), "size", at(field) + " has " + v.size() + " elements, at most " + MAX_ARRAY
                    + " are accepted", at(field) + " 最多 " + MAX_ARRAY + " 个元素，实际 " + v.size() + " 个");
        }
        return v;
    }

    private static BigDecimal toDecimal(JsonNode v, String where, int maxExponent) {
        if (v == null || v.isNull()) {
            throw new CliInputException(where, "required", "field " + where + " is required", "缺少必填字段 " + where);
        }
        BigDecimal d = null;
        if (v.isNumber()) {
            d = v.decimalValue();
        } else if (v.isString() && v.asString().strip().length() <= MAX_NUMBER_LENGTH) {
            try {
                d = new BigDecimal(v.asString().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (d == null) {
            String shown = v.toString().length() > 40 ? v.toString().substring(0, 40) + "…" : v.toString();
            throw new CliInputException(where, "number", where + " must be a number, got " + shown,
                    where + " 必须是数字，实际为 " + shown);
        }
        // precision − scale − 1 is the decimal exponent of the leading digit, without expanding the number.
        long exponent = (long) d.precision() - d.scale() - 1;
        if (d.signum() != 0 && (exponent > maxExponent || exponent < -maxExponent || d.precision() > MAX_NUMBER_LENGTH)) {
            throw new CliInputException(where, "range", where + " must be 0 or between 1e-" + maxExponent + " and 1e"
                    + maxExponent + " in magnitude with at most " + MAX_NUMBER_LENGTH + " digits",
                    where + " 必须为 0，或绝对值在 1e-" + maxExponent + " 与 1e" + maxExponent + " 之间且不超过 "
                            + MAX_NUMBER_LENGTH + " 位数字");
        }
        return d.signum() == 0 ? BigDecimal.ZERO : d;
    }
}
