package org.metrolex.metrology.mpe;

import java.time.LocalDate;

/**
 * A value a decision needs was not obtained from the official text (RULES.md leaves it out), or the
 * edition in force on the date is not known. The library refuses instead of guessing or silently
 * applying another edition; the message is in English and Chinese.
 */
public final class NotObtainedException extends RuntimeException {

    private final String ruleId;
    private final String regulation;
    private final LocalDate date;

    public NotObtainedException(String ruleId, String regulation, LocalDate date, String en, String zh) {
        super(en + " [" + ruleId + ", " + regulation + (date == null ? "" : ", " + date) + "] / " + zh);
        this.ruleId = ruleId;
        this.regulation = regulation;
        this.date = date;
    }

    public String ruleId() {
        return ruleId;
    }

    public String regulation() {
        return regulation;
    }

    public LocalDate date() {
        return date;
    }
}
