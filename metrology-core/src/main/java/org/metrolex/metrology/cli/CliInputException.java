package org.metrolex.metrology.cli;

/** Bad input to a command: names the field (a JSON path such as {@code readings[2].load}) and the rule. */
public final class CliInputException extends RuntimeException {

    private final String field;
    private final String rule;
    private final String messageZh;

    public CliInputException(String field, String rule, String messageEn, String messageZh) {
        super(messageEn);
        this.field = field;
        this.rule = rule;
        this.messageZh = messageZh;
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
}
