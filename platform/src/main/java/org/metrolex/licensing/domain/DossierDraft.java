package org.metrolex.licensing.domain;

import java.util.ArrayList;
import java.util.List;
import org.metrolex.platform.problem.Problem.FieldError;

/** What an applicant fills in; checked against the licence type. */
public record DossierDraft(String procedureCode, String subject, String instrumentType, String coveredRegionCode,
                           String model, Long standardId, Boolean byCommitment) {

    public DossierDraft {
        procedureCode = strip(procedureCode);
        subject = strip(subject);
        instrumentType = strip(instrumentType);
        coveredRegionCode = strip(coveredRegionCode);
        model = strip(model);
        byCommitment = Boolean.TRUE.equals(byCommitment);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    public List<FieldError> problems(LicenceType type) {
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(new FieldError("procedureCode", "exists", "许可事项不存在", "no such licensing procedure"));
            return errors;
        }
        switch (type) {
            case INSTITUTION_AUTHORIZATION -> {
                if (instrumentType.isEmpty()) {
                    errors.add(new FieldError("instrumentType", "required", "申请授权的器具类别必填", "the instrument type to be authorised is required"));
                }
                if (coveredRegionCode.isEmpty()) {
                    errors.add(new FieldError("coveredRegionCode", "required", "授权区域必填", "the region to be covered is required"));
                }
            }
            case TYPE_APPROVAL -> {
                if (instrumentType.isEmpty()) {
                    errors.add(new FieldError("instrumentType", "required", "计量器具名称必填", "the instrument is required"));
                }
                if (model.isEmpty()) {
                    errors.add(new FieldError("model", "required", "型号规格必填", "the model is required"));
                }
            }
            case STANDARD_APPROVAL -> {
                if (standardId == null) {
                    errors.add(new FieldError("standardId", "required", "须选择申请核准的计量标准", "the measurement standard is required"));
                }
            }
        }
        if (subject.length() > 200) {
            errors.add(new FieldError("subject", "max-length", "申请事项说明不得超过 200 字", "subject must be at most 200 characters"));
        }
        return errors;
    }
}
