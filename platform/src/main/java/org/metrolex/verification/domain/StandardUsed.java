package org.metrolex.verification.domain;

import java.time.LocalDate;

/**
 * A measurement standard used in a verification, with what the legitimacy check needs: its assessment
 * certificate (计量标准考核证书; number and validity, both ends inclusive; null number = none) and its own
 * calibration due date.
 *
 * <p>{@code calibrationDueDate} is the date the next calibration is <em>due</em>, i.e. the first day the
 * standard may no longer be used — the same convention as {@link NextDue} (valid until due date − 1 day).
 * A calibration certificate that prints "有效期至 D" has due date D + 1.
 */
public record StandardUsed(String name, String assessmentCertificateNo, LocalDate assessmentValidFrom,
                           LocalDate assessmentValidUntil, LocalDate calibrationDueDate) {
}
