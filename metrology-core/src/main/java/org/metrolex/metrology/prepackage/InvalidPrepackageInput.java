package org.metrolex.metrology.prepackage;

/**
 * Input that the prepackage rules cannot decide on. Names the offending field so that a caller (web
 * form, import row, command line) can point at it; the message names the rule that refused it.
 */
public final class InvalidPrepackageInput extends IllegalArgumentException {

    private final String field;

    public InvalidPrepackageInput(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
