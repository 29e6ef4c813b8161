package org.metrolex.instrument.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.metrolex.platform.problem.Problem.FieldError;

/**
 * A measurement standard (计量标准) an institution verifies with, as far as a verification needs it: its
 * assessment certificate (计量标准考核证书, 《计量标准考核办法》) and its own calibration. The full
 * standards registry (traceability chains, public listing) belongs to a later module.
 */
public record MeasurementStandard(long id, long institutionId, String name, String assessmentCertificateNo,
                                  LocalDate assessmentValidUntil, String calibrationCertificateNo,
                                  LocalDate calibrationDue, String regionCode, int version) {

    /**
     * Why the standard may not be used for a verification on {@code day} (empty if it may): a
     * verification with a standard that has no valid assessment certificate, or that is past its own
     * calibration due date, is not legitimate (issue 4, legitimacy checks at issue).
     */
    public List<FieldError> problemsOn(LocalDate day) {
        List<FieldError> errors = new ArrayList<>();
        if (assessmentCertificateNo == null || assessmentCertificateNo.isBlank() || assessmentValidUntil == null) {
            errors.add(new FieldError("assessmentCertificateNo", "required", "计量标准“" + name + "”无考核证书",
                    "measurement standard \"" + name + "\" has no assessment certificate"));
        } else if (assessmentValidUntil.isBefore(day)) {
            errors.add(new FieldError("assessmentValidUntil", "valid-on-day", "计量标准“" + name + "”的考核证书已于 "
                    + assessmentValidUntil + " 过期", "the assessment certificate of measurement standard \"" + name
                    + "\" expired on " + assessmentValidUntil));
        }
        if (calibrationDue == null) {
            errors.add(new FieldError("calibrationDue", "required", "计量标准“" + name + "”无溯源（校准/检定）有效期",
                    "measurement standard \"" + name + "\" has no calibration due date"));
        } else if (calibrationDue.isBefore(day)) {
            errors.add(new FieldError("calibrationDue", "not-overdue", "计量标准“" + name + "”已超过溯源有效期（" + calibrationDue + "）",
                    "measurement standard \"" + name + "\" is past its calibration due date (" + calibrationDue + ")"));
        }
        return errors;
    }
}
