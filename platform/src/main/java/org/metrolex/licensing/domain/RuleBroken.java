package org.metrolex.licensing.domain;

import java.util.List;
import org.metrolex.platform.problem.Problem.FieldError;

/**
 * A licensing rule refused a command: which field, which rule, in Chinese and English. The domain says
 * only whether the input was bad or the application's state forbids the step; the use case turns it into
 * the answer the caller gets.
 */
public final class RuleBroken extends RuntimeException {

    /** Bad or missing input, or a step the application's current state does not allow. */
    public enum Kind { INVALID, ILLEGAL_STATE }

    private final Kind kind;
    private final List<FieldError> errors;

    public RuleBroken(Kind kind, FieldError error) {
        super(error.field() + ": " + error.messageEn());
        this.kind = kind;
        this.errors = List.of(error);
    }

    static RuleBroken invalid(String field, String rule, String zh, String en) {
        return new RuleBroken(Kind.INVALID, new FieldError(field, rule, zh, en));
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
