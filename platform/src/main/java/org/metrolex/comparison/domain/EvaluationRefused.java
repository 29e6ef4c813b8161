package org.metrolex.comparison.domain;

/**
 * The results of a point cannot be evaluated as asked: which field, which rule, in Chinese and English.
 * The domain only says why; the use case turns it into the caller's answer (a 409 or a form error), never
 * a 500.
 */
public final class EvaluationRefused extends RuntimeException {

    private final String field;
    private final String rule;
    private final String messageZh;
    private final String messageEn;

    public EvaluationRefused(String field, String rule, String messageZh, String messageEn) {
        super(field + ": " + messageEn);
        this.field = field;
        this.rule = rule;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }
}
