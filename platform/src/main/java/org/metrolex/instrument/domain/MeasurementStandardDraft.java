package org.metrolex.instrument.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.metrolex.platform.problem.Problem.FieldError;

/**
 * A measurement standard as entered. Certificates may be missing at entry (a standard awaiting
 * assessment is still recorded); {@link MeasurementStandard#problemsOn} refuses its use until they exist.
 */
public record MeasurementStandardDraft(Long institutionId, String name, String assessmentCertificateNo,
                                       LocalDate assessmentValidUntil, String calibrationCertificateNo,
                                       LocalDate calibrationDue) {

    public MeasurementStandardDraft {
        name = name == null ? "" : name.strip();
        assessmentCertificateNo = assessmentCertificateNo == null ? "" : assessmentCertificateNo.strip();
        calibrationCertificateNo = calibrationCertificateNo == null ? "" : calibrationCertificateNo.strip();
    }

    public MeasurementStandardDraft ofInstitution(long id) {
        return new MeasurementStandardDraft(id, name, assessmentCertificateNo, assessmentValidUntil, calibrationCertificateNo,
                calibrationDue);
    }

    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (institutionId == null) {
            errors.add(new FieldError("institutionId", "required", "所属检定机构必填", "institution is required"));
        }
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "required", "计量标准名称必填", "name is required"));
        }
        if (!assessmentCertificateNo.isEmpty() && assessmentValidUntil == null) {
            errors.add(new FieldError("assessmentValidUntil", "required", "有考核证书时须填写其有效期",
                    "an assessment certificate needs its valid-until date"));
        }
        return errors;
    }
}
