package org.metrolex.supervision.domain;

/** A draw that cannot be made as asked, naming the field and the rule (e.g. too few eligible inspectors). */
public class DrawRefused extends RuntimeException {

    private final String field;
    private final String rule;

    public DrawRefused(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
