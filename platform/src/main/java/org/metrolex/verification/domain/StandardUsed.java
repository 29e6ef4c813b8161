package org.metrolex.verification.domain;

import java.time.LocalDate;
import org.metrolex.instrument.domain.MeasurementStandard;

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

    /**
     * The earliest day an assessment certificate of the registry is taken to be valid from: the registry keeps
     * only the day it runs to, so its start is read as open-ended in the past.
     */
    static final LocalDate REGISTRY_ASSESSMENT_START = LocalDate.of(2000, 1, 1);

    /**
     * A standard of the registry as the legitimacy check reads it: the assessment certificate with its end only
     * (start {@link #REGISTRY_ASSESSMENT_START}), {@code calibrationDue} as the due date. The one reading shared by
     * issue, bulk ingestion and the certificate audit.
     */
    public static StandardUsed of(MeasurementStandard s) {
        return new StandardUsed(s.name(), s.assessmentCertificateNo(),
                s.assessmentValidUntil() == null ? null : REGISTRY_ASSESSMENT_START, s.assessmentValidUntil(), s.calibrationDue());
    }
}
