package org.metrolex.verification.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.validation.FieldLimits;
import org.metrolex.verification.Readings;
import org.metrolex.verification.domain.Conclusion;
import org.metrolex.platform.text.Labels;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Turns the text cells of one record into typed fields, naming every cell that is not well-formed. */
final class RowFields {

    private final JsonMapper json;
    /** The conclusion is accepted by its code or its Chinese label (label.Conclusion.*). */
    private final Labels labels;

    RowFields(JsonMapper json, Labels labels) {
        this.json = json;
        this.labels = labels;
    }

    /** @param readingsJson the readings as JSON text (CSV), or null when {@code readings} is already bound (JSON lines) */
    BulkRow row(long line, String instrumentId, String verificationDate, String verifierId, String standardIds, String feeYuan,
                String feeWaived, String conclusion, String readingsJson, Readings readings, String checkerId, String approverId) {
        List<FieldError> errors = new ArrayList<>(2);
        Long instrument = id("instrumentId", "计量器具编号", instrumentId, errors);
        LocalDate date = date(verificationDate, errors);
        Long verifier = id("verifierId", "检定员编号", verifierId, errors);
        List<Long> standards = ids(standardIds, errors);
        BigDecimal fee = money(feeYuan, errors);
        Boolean waived = bool(feeWaived, errors);
        Conclusion claimed = conclusion(conclusion, errors);
        Readings r = readings;
        if (readingsJson != null && !readingsJson.isBlank()) {
            try {
                r = json.readValue(readingsJson, Readings.class);
            } catch (JacksonException e) {
                String m = e.getOriginalMessage();
                m = m == null ? "" : m.length() > 200 ? m.substring(0, 200) : m;
                errors.add(new FieldError("readings", "json", "原始记录不是有效的 JSON：" + m, "the readings are not valid JSON: " + m));
            }
        }
        if (r == null && errors.stream().noneMatch(e -> e.field().equals("readings"))) {
            errors.add(new FieldError("readings", "required", "原始记录必填", "the readings are required"));
        }
        Long checker = blank(checkerId) ? null : id("checkerId", "核验员编号", checkerId, errors);
        Long approver = blank(approverId) ? null : id("approverId", "批准人编号", approverId, errors);
        if (blank(checkerId) != blank(approverId)) {
            String field = blank(checkerId) ? "checkerId" : "approverId";
            errors.add(new FieldError(field, "both-or-neither", "核验员编号与批准人编号须同时填写或同时留空",
                    "checkerId and approverId are given together or not at all"));
        }
        return new BulkRow(line, instrument, date, verifier, standards, fee, waived, claimed, r, checker, approver, errors);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Long id(String field, String zh, String s, List<FieldError> errors) {
        if (blank(s)) {
            errors.add(new FieldError(field, "required", zh + "必填", field + " is required"));
            return null;
        }
        try {
            long v = Long.parseLong(s.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, "id", zh + "须为正整数：" + s, field + " must be a positive whole number: " + s));
        return null;
    }

    private static LocalDate date(String s, List<FieldError> errors) {
        if (blank(s)) {
            errors.add(new FieldError("verificationDate", "required", "检定日期必填", "the verification date is required"));
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("verificationDate", "date", "检定日期须为 YYYY-MM-DD 格式：" + s,
                    "the verification date must be YYYY-MM-DD: " + s));
            return null;
        }
        var outOfRange = FieldLimits.date("verificationDate", d);
        outOfRange.ifPresent(errors::add);
        return outOfRange.isPresent() ? null : d;
    }

    private static List<Long> ids(String s, List<FieldError> errors) {
        if (blank(s)) {
            return List.of();
        }
        List<Long> out = new ArrayList<>(2);
        for (String part : s.strip().split("[;\\s]+")) {
            Long v = id("standardIds", "计量标准编号", part, errors);
            if (v == null) {
                return List.of();
            }
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static BigDecimal money(String s, List<FieldError> errors) {
        if (blank(s)) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(s.strip());
            if (v.signum() >= 0 && v.scale() <= 2 && v.precision() - v.scale() <= 10) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("feeYuan", "money", "检定费须为非负数且最多两位小数：" + s,
                "the fee must be non-negative with at most two decimals: " + s));
        return null;
    }

    private static Boolean bool(String s, List<FieldError> errors) {
        if (blank(s)) {
            return null;
        }
        switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "是":
                return true;
            case "false", "0", "no", "否":
                return false;
            default:
                errors.add(new FieldError("feeWaived", "boolean", "是否免收检定费须为 true 或 false：" + s,
                        "feeWaived must be true or false: " + s));
                return null;
        }
    }

    private Conclusion conclusion(String s, List<FieldError> errors) {
        if (blank(s)) {
            return null;
        }
        String v = s.strip();
        for (Conclusion c : Conclusion.values()) {
            if (c.name().equalsIgnoreCase(v) || labels.zh(c).equals(v)) {
                return c;
            }
        }
        errors.add(new FieldError("conclusion", "known", "结论须为 CONFORMING/合格 或 NON_CONFORMING/不合格：" + s,
                "the conclusion must be CONFORMING/合格 or NON_CONFORMING/不合格: " + s));
        return null;
    }
}
