package org.metrolex.verification.domain;

import java.util.Objects;

/**
 * One reason a certificate cannot be issued: a stable code, the field it concerns (a path into the
 * draft such as {@code standards[1].calibrationDueDate}) and the message in Chinese and English.
 */
public record Defect(DefectCode code, String field, String messageZh, String messageEn) {

    public Defect {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    public Severity severity() {
        return code.severity();
    }

    public boolean blocking() {
        return code.severity() == Severity.BLOCKING;
    }
}
