package org.metrolex.platform.problem;

import java.util.List;

/**
 * Bad input or a refused business action: names the field and the rule, in Chinese and English.
 * Rendered as HTTP 400 (or the given status) with a {@link Problem} body by {@link ApiExceptionHandler}.
 */
public class RuleViolation extends RuntimeException {

    private final int status;
    private final List<Problem.FieldError> errors;

    public RuleViolation(String field, String rule, String zh, String en) {
        this(400, List.of(new Problem.FieldError(field, rule, zh, en)));
    }

    public RuleViolation(int status, List<Problem.FieldError> errors) {
        super(errors.isEmpty() ? "rule violation" : errors.get(0).field() + ": " + errors.get(0).messageEn());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static RuleViolation notFound(String what, Object id) {
        return new RuleViolation(404, List.of(new Problem.FieldError("id", "exists",
                "未找到" + what + "：" + id, what + " not found: " + id)));
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
