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

    private final JsonNode node;
    private final String path;

    Input(JsonNode node, String path) {
        this.node = node;
        this.path = path;
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
        return v.asString().strip();
    }

    public String text(String field, String fallback) {
        return has(field) ? text(field) : fallback;
    }

    public BigDecimal decimal(String field) {
        return toDecimal(node.get(field), at(field));
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
        return new Input(v, at(field));
    }

    /** The elements of an array field, each read by {@code reader} with its own path. */
    public <T> List<T> list(String field, Function<Input, T> reader) {
        List<T> out = new ArrayList<>();
        JsonNode v = array(field);
        for (int i = 0; i < v.size(); i++) {
            out.add(reader.apply(new Input(v.get(i), at(field) + "[" + i + "]")));
        }
        return out;
    }

    public List<BigDecimal> decimals(String field) {
        List<BigDecimal> out = new ArrayList<>();
        JsonNode v = array(field);
        for (int i = 0; i < v.size(); i++) {
            out.add(toDecimal(v.get(i), at(field) + "[" + i + "]"));
        }
        return out;
    }

    private JsonNode array(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw new CliInputException(at(field), "non-empty-array", at(field) + " must be a non-empty array",
                    at(field) + " 必须是非空数组");
        }
        return v;
    }

    private static BigDecimal toDecimal(JsonNode v, String where) {
        if (v == null || v.isNull()) {
            throw new CliInputException(where, "required", "field " + where + " is required", "缺少必填字段 " + where);
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isString()) {
            try {
                return new BigDecimal(v.asString().strip());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new CliInputException(where, "number", where + " must be a number, got " + v,
                where + " 必须是数字，实际为 " + v);
    }
}
