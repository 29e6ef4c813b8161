package org.metrolex.supervision.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.metrolex.platform.validation.FieldLimits;

/**
 * The inspection form, one shape for every campaign type; {@link #problems(CampaignType, LocalDate)} says
 * which fields the type needs. Counts are what the inspector counted on site; for gas stations the
 * dispensers' errors are judged by {@code metrology-core} ({@link DispenserJudgement}), and for eyeglass
 * shops the overdue instruments are found from the verification records, not typed in.
 *
 * @param instrumentsChecked   instruments (scales, dispensers, optometry instruments) examined
 * @param instrumentsUnverified instruments without a valid verification (no mark, no certificate)
 * @param fraudFound           instruments with a cheating device or manipulated software (计量作弊)
 * @param dispensers           GAS_STATIONS: one run per dispenser checked
 * @param publicationsChecked  LEGAL_UNITS: publications or print jobs examined
 * @param illegalUnitUses      LEGAL_UNITS: uses of units that are not legal units (计量法 art. 3)
 * @param scopeOk              INSTITUTIONS: verifications stay within the authorisation scope
 * @param standardsOk          INSTITUTIONS: standards have valid assessment and calibration
 * @param recordsOk            INSTITUTIONS: original records complete and traceable
 */
public record InspectionForm(LocalDate inspectedOn, int instrumentsChecked, int instrumentsUnverified, int fraudFound,
                             List<DispenserCheck> dispensers, int publicationsChecked, int illegalUnitUses,
                             Boolean scopeOk, Boolean standardsOk, Boolean recordsOk, String notes) {

    public InspectionForm {
        dispensers = dispensers == null ? List.of() : List.copyOf(dispensers);
        notes = notes == null ? "" : notes.strip();
    }

    public List<FormProblem> problems(CampaignType type, LocalDate today) {
        List<FormProblem> p = new ArrayList<>();
        if (inspectedOn == null) {
            p.add(new FormProblem("inspectedOn", "required", "请填写检查日期", "the inspection date is required"));
        } else if (inspectedOn.isAfter(today)) {
            p.add(new FormProblem("inspectedOn", "notFuture", "检查日期不能晚于今天", "the inspection date cannot be in the future"));
        }
        if (inspectedOn != null) {
            FieldLimits.date("inspectedOn", inspectedOn).ifPresent(e -> p.add(problem(e)));
        }
        boolean countsInRange = true;
        String[] names = {"instrumentsChecked", "instrumentsUnverified", "fraudFound", "publicationsChecked", "illegalUnitUses"};
        int[] counts = {instrumentsChecked, instrumentsUnverified, fraudFound, publicationsChecked, illegalUnitUses};
        for (int i = 0; i < names.length; i++) {
            var e = FieldLimits.count(names[i], counts[i]);
            if (e.isPresent()) {
                p.add(problem(e.get()));
                countsInRange = false;
            }
        }
        // in long: two counts near the int limit must not wrap into a negative "failed" count
        if (countsInRange && (long) instrumentsUnverified + fraudFound > Math.max(instrumentsChecked, dispensers.size())
                && type != CampaignType.LEGAL_UNITS) {
            p.add(new FormProblem("fraudFound", "atMostChecked", "未检定和作弊的器具数不能超过检查的器具数",
                    "unverified and fraudulent instruments cannot exceed the instruments checked"));
        }
        p.addAll(problemsOf(type));
        return p;
    }

    /** What the campaign type needs of the form. */
    private List<FormProblem> problemsOf(CampaignType type) {
        List<FormProblem> p = new ArrayList<>();
        switch (type) {
            case MARKET_SCALES, EYEGLASS_SHOPS -> {
                if (instrumentsChecked < 1) {
                    p.add(new FormProblem("instrumentsChecked", "min", "至少检查一台计量器具", "at least one instrument must be checked"));
                }
            }
            case GAS_STATIONS -> {
                if (dispensers.isEmpty()) {
                    p.add(new FormProblem("dispensers", "required", "请录入至少一台加油机的测量结果",
                            "enter the measurement of at least one fuel dispenser"));
                }
                for (int i = 0; i < dispensers.size(); i++) {
                    DispenserCheck d = dispensers.get(i);
                    if (d.dispenser() == null || d.dispenser().isBlank() || d.indicated() == null || d.standard() == null
                            || d.standard().signum() <= 0 || d.indicated().signum() <= 0) {
                        p.add(new FormProblem("dispensers[" + i + "]", "measurement", "加油机编号、示值 V_J 和标准器示值 V_s（正数）均须填写",
                                "dispenser number, indicated volume V_J and standard volume V_s (positive) are required"));
                    }
                }
            }
            case LEGAL_UNITS -> {
                if (publicationsChecked < 1) {
                    p.add(new FormProblem("publicationsChecked", "min", "至少检查一份出版物", "at least one publication must be checked"));
                }
            }
            case INSTITUTIONS -> {
                if (scopeOk == null || standardsOk == null || recordsOk == null) {
                    p.add(new FormProblem("scopeOk", "required", "请对授权范围、计量标准和原始记录逐项作出结论",
                            "judge authorisation scope, standards and records each"));
                }
            }
            case CERTIFICATES -> p.add(new FormProblem("campaignType", "noForm", "证书抽查由系统审核，不填写检查表",
                    "certificate spot checks are audited by the system, not entered on a form"));
        }
        return p;
    }

    private static FormProblem problem(org.metrolex.platform.problem.Problem.FieldError e) {
        return new FormProblem(e.field(), e.rule(), e.messageZh(), e.messageEn());
    }

    /** Findings that follow from the form (the gas-station judgements and overdue instruments are added by the caller). */
    public List<FindingDraft> findings(CampaignType type) {
        List<FindingDraft> f = new ArrayList<>();
        if (fraudFound > 0) {
            f.add(new FindingDraft(FindingKind.FRAUD, fraudFound + " 台计量器具存在作弊行为" + suffix()));
        }
        if (instrumentsUnverified > 0) {
            f.add(new FindingDraft(FindingKind.UNVERIFIED_INSTRUMENT, instrumentsUnverified + " 台强检计量器具未经检定" + suffix()));
        }
        if (type == CampaignType.LEGAL_UNITS && illegalUnitUses > 0) {
            f.add(new FindingDraft(FindingKind.ILLEGAL_UNIT, illegalUnitUses + " 处使用非法定计量单位" + suffix()));
        }
        if (type == CampaignType.INSTITUTIONS) {
            if (Boolean.FALSE.equals(scopeOk)) {
                f.add(new FindingDraft(FindingKind.INSTITUTION_DEFECT, "超出授权范围开展检定" + suffix()));
            }
            if (Boolean.FALSE.equals(standardsOk)) {
                f.add(new FindingDraft(FindingKind.INSTITUTION_DEFECT, "计量标准考核或溯源不符合要求" + suffix()));
            }
            if (Boolean.FALSE.equals(recordsOk)) {
                f.add(new FindingDraft(FindingKind.INSTITUTION_DEFECT, "原始记录不完整或不可追溯" + suffix()));
            }
        }
        return f;
    }

    private String suffix() {
        return notes.isEmpty() ? "" : "（" + notes + "）";
    }

    /** Instruments counted for the statistics: dispensers for gas stations, otherwise the count entered. */
    public int instrumentsCounted(CampaignType type) {
        return type == CampaignType.GAS_STATIONS ? Math.max(instrumentsChecked, dispensers.size()) : instrumentsChecked;
    }
}
