package org.metrolex.verification.domain;

import java.util.List;

/**
 * A command the verification refuses, with every reason (field, rule, Chinese and English message). Domain code
 * knows no transport: the module's use cases turn it into the platform's error answer, {@link Kind} telling an
 * invalid command (bad input) from one the current state does not allow.
 */
public final class VerificationRefused extends RuntimeException {

    /** Why: the input breaks a rule, or the verification's state does not allow the command. */
    public enum Kind { INVALID, CONFLICT }

    /** One reason, named like an input field error. */
    public record Reason(String field, String rule, String messageZh, String messageEn) {
    }

    private final Kind kind;
    private final List<Reason> reasons;

    public VerificationRefused(Kind kind, List<Reason> reasons) {
        super(reasons.isEmpty() ? kind.name() : reasons.get(0).messageEn());
        this.kind = kind;
        this.reasons = List.copyOf(reasons);
    }

    static VerificationRefused conflict(String field, String rule, String zh, String en) {
        return new VerificationRefused(Kind.CONFLICT, List.of(new Reason(field, rule, zh, en)));
    }

    static VerificationRefused invalid(String field, String rule, String zh, String en) {
        return new VerificationRefused(Kind.INVALID, List.of(new Reason(field, rule, zh, en)));
    }

    public Kind kind() {
        return kind;
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
