package org.metrolex.platform.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.metrolex.platform.problem.Problem.FieldError;

/**
 * The one list of input bounds: every text field by its name (the same name in JSON bodies, form
 * parameters and — in snake case — the column, whose {@code CHECK (char_length(..) <= n)} constraint
 * carries the same number), the plausible range of business dates, and the bounds of counts, money and
 * measured values. The web boundary ({@code InputBounds}) applies it to every JSON string and request
 * parameter before any command runs; the database constraints are the backstop for other writers.
 * Every refusal names the field and the limit in Chinese and English.
 */
public final class FieldLimits {

    /** Kinds of text, each with its length limit in characters (code points, as PostgreSQL counts them). */
    public enum Kind {
        /** Codes and numbers: credit codes, region codes, certificate and serial numbers. */
        CODE(64, false),
        /** Names of people, enterprises, products. */
        NAME(200, false),
        /** Short descriptive values on one line: maker, model, location, measuring range. */
        SHORT(200, false),
        PHONE(40, false),
        ADDRESS(500, false),
        /** A search box. */
        SEARCH(200, false),
        /** An uploaded file's name. */
        FILE_NAME(255, false),
        /** Reasons, notes, descriptions: several lines. */
        TEXT(4000, true),
        /** Whole documents sent as text (certificate XML, a rule edition file, a procedure definition). */
        DOCUMENT(4_000_000, true);

        public final int max;
        public final boolean multiline;

        Kind(int max, boolean multiline) {
            this.max = max;
            this.multiline = multiline;
        }
    }

    /** The earliest and latest business date anyone may enter (a date outside is a typing error). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);
    /** The largest count of things (instruments, packages, samples, publications) one record may carry. */
    public static final int MAX_COUNT = 1_000_000;
    /** The largest magnitude of any decimal entered; fields with a tighter bound name it in {@link #decimalMax}. */
    public static final BigDecimal MAX_DECIMAL = new BigDecimal("1e12");
    /** Digits after the point of any decimal entered (readings are never finer than 1e-9 of their unit). */
    public static final int MAX_SCALE = 9;
    /** A fee in yuan: below ten million. */
    public static final BigDecimal MAX_MONEY = new BigDecimal("9999999.99");

    private static final Map<String, Kind> KINDS = new HashMap<>();
    private static final Map<String, String> LABELS_ZH = new HashMap<>();
    private static final Map<String, BigDecimal> DECIMAL_MAX = new HashMap<>();
    private static final Map<String, Integer> INTEGER_MAX = new HashMap<>();

    static {
        text(Kind.CODE, "creditCode:统一社会信用代码", "regionCode:区划代码", "targetRegionCode:目标区划",
                "coveredRegionCode:授权区域", "code:代码", "number:编号", "certificateNo:证书编号", "serialNumber:出厂编号",
                "typeApprovalNo:型式批准编号", "assessmentCertificateNo:考核证书编号",
                "calibrationCertificateNo:校准证书编号", "categoryCode:器具类别", "category:类别", "batchNo:批号",
                "producerCreditCode:生产者信用代码", "caseNumber:案件编号", "reference:编号", "referenceNo:受理编号",
                "accuracyClass:准确度等级", "unit:单位", "nominalUnit:标称单位", "status:状态", "kind:种类",
                "decision:决定", "result:结果", "lang:语言", "format:格式", "tareMode:皮重方式",
                "labCode:实验室代码", "scoreTypes:评价统计量", "scheduleKind:传递方式", "referenceMethod:参考值方法",
                "sigmaPtMethod:能力评定标准差方法", "condition:样品状态", "source:来源");
        text(Kind.NAME, "name:名称", "legalRepresentative:法定代表人", "displayName:姓名", "username:用户名",
                "holderName:持证单位", "applicantName:申请人", "ownerName:使用单位", "producerName:生产者",
                "productName:商品名称", "brand:商标", "enterpriseName:企业名称", "contact:联系人",
                "personName:人员姓名", "targetName:对象名称", "nameZh:中文名称", "nameEn:英文名称",
                "inspectorName:检查人员", "title:标题", "protocolName:比对方案", "organiser:组织单位",
                "project:比对项目");
        text(Kind.SHORT, "maker:制造单位", "model:型号", "location:安装地点", "measuringRange:测量范围",
                "purpose:用途", "instrumentType:器具类别", "scope:范围", "subject:申请事项", "requirement:材料",
                "flowPoint:流量点", "stratifyBy:分层方式", "quantity:被测量", "artefact:传递标准",
                "deviceType:装置类别", "label:测量点");
        text(Kind.PHONE, "contactPhone:联系电话", "phone:电话");
        text(Kind.ADDRESS, "address:地址", "productScope:产品范围");
        text(Kind.SEARCH, "q:检索词", "keyword:关键词");
        text(Kind.FILE_NAME, "fileName:文件名", "filename:文件名");
        text(Kind.TEXT, "reason:原因", "note:备注", "notes:备注", "lateReason:逾期说明", "items:补正材料",
                "description:描述", "summary:摘要", "followUp:后续处理", "penaltyDecision:处罚决定",
                "reviewNote:审核意见", "scanNote:扫描说明", "commitmentCheckNote:核查说明", "revokedReason:撤销原因",
                "conclusion:结论", "text:内容", "comment:意见");
        text(Kind.DOCUMENT, "xml:证书XML", "document:文档", "documentText:文档", "fileText:文件内容",
                "content:内容", "body:内容", "definition:程序定义", "populationText:抽样总体", "signature:签名",
                "publicKey:公钥", "readings:原始记录", "values:读数", "sampleNumbers:样本号", "dispensers:加油机");
        DECIMAL_MAX.put("feeYuan", MAX_MONEY);
        // the columns of prepackaged quantities are numeric(14, 4)
        for (String f : new String[] {"nominalValue", "gross", "tare", "net", "averageTare"}) {
            DECIMAL_MAX.put(f, new BigDecimal("9999999999"));
        }
        for (String f : new String[] {"lotSize", "sampleSize", "instrumentsChecked", "instrumentsUnverified", "fraudFound",
                "publicationsChecked", "illegalUnitUses", "inspectorsPerTask", "packageNumber"}) {
            INTEGER_MAX.put(f, MAX_COUNT);
        }
        for (String f : new String[] {"totalLimitDays", "warnDays", "commitmentCheckDays"}) {
            INTEGER_MAX.put(f, 3650);
        }
        INTEGER_MAX.put("validityYears", 100);
        // a comparison round's circulation, in working days (comparison_round_days_check)
        INTEGER_MAX.put("holdingWorkingDays", 250);
        INTEGER_MAX.put("transportWorkingDays", 250);
        INTEGER_MAX.put("rectificationWorkingDays", 60);
    }

    private FieldLimits() {
    }

    private static void text(Kind kind, String... fields) {
        for (String f : fields) {
            int colon = f.indexOf(':');
            KINDS.put(f.substring(0, colon), kind);
            LABELS_ZH.put(f.substring(0, colon), f.substring(colon + 1));
        }
    }

    /**
     * The kind of a text field by its name ({@code address}, {@code items[2].name} → {@code name});
     * a field not listed is free text ({@link Kind#TEXT}).
     */
    public static Kind of(String field) {
        return KINDS.getOrDefault(base(field), Kind.TEXT);
    }

    /** The length limit of a text field. */
    public static int max(String field) {
        return of(field).max;
    }

    /** The largest magnitude of a decimal field. */
    public static BigDecimal decimalMax(String field) {
        return DECIMAL_MAX.getOrDefault(base(field), MAX_DECIMAL);
    }

    /** What is wrong with a text value of {@code field}, if anything: too long, a control character, a broken character. */
    public static Optional<FieldError> text(String field, String value) {
        if (value == null) {
            return Optional.empty();
        }
        Kind kind = of(field);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(error(field, "unicode", "含有无效的 Unicode 字符（孤立的代理项）",
                        "contains an invalid Unicode character (a lone surrogate)"));
            } else if (c == 0) {
                return Optional.of(error(field, "control", "含有不允许的控制字符 NUL（U+0000）",
                        "contains the control character NUL (U+0000), which is not allowed"));
            } else if (isControl(c) && !(kind.multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                String code = String.format("U+%04X", (int) c);
                return Optional.of(error(field, "control", "含有不允许的控制字符 " + code + (kind.multiline ? "" : "（此字段只能一行）"),
                        "contains the control character " + code + ", which is not allowed" + (kind.multiline ? "" : " (one line only)")));
            }
        }
        int length = value.codePointCount(0, value.length());
        if (length > kind.max) {
            return Optional.of(error(field, "max-length", "不得超过 " + kind.max + " 个字符（填写了 " + length + " 个）",
                    "must be at most " + kind.max + " characters (" + length + " given)"));
        }
        return Optional.empty();
    }

    /** A business date outside {@link #EARLIEST_DATE}..{@link #LATEST_DATE}. */
    public static Optional<FieldError> date(String field, LocalDate value) {
        if (value == null || (!value.isBefore(EARLIEST_DATE) && !value.isAfter(LATEST_DATE))) {
            return Optional.empty();
        }
        return Optional.of(error(field, "date-range", "须在 " + EARLIEST_DATE + " 至 " + LATEST_DATE + " 之间（填写了 " + value + "）",
                "must be between " + EARLIEST_DATE + " and " + LATEST_DATE + " (" + value + " given)"));
    }

    /** A decimal beyond the field's magnitude or finer than {@link #MAX_SCALE} digits. */
    public static Optional<FieldError> decimal(String field, BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        BigDecimal max = decimalMax(field);
        if (value.abs().compareTo(max) > 0) {
            return Optional.of(error(field, "range", "的绝对值不得超过 " + max.toPlainString(),
                    "must not exceed " + max.toPlainString() + " in magnitude"));
        }
        if (value.stripTrailingZeros().scale() > MAX_SCALE) {
            return Optional.of(error(field, "scale", "小数位不得超过 " + MAX_SCALE + " 位",
                    "must have at most " + MAX_SCALE + " decimal places"));
        }
        return Optional.empty();
    }

    /** A count outside 0..{@link #MAX_COUNT}. */
    public static Optional<FieldError> count(String field, long value) {
        return integer(field, value, MAX_COUNT);
    }

    /**
     * A whole number of a bounded field (counts, days, years) outside 0..its maximum; fields without a
     * bound (ids, versions, page numbers) pass.
     */
    public static Optional<FieldError> integer(String field, long value) {
        Integer max = INTEGER_MAX.get(base(field));
        return max == null ? Optional.empty() : integer(field, value, max);
    }

    private static Optional<FieldError> integer(String field, long value, int max) {
        if (value >= 0 && value <= max) {
            return Optional.empty();
        }
        return Optional.of(error(field, "count-range", "须在 0 至 " + max + " 之间（填写了 " + value + "）",
                "must be between 0 and " + max + " (" + value + " given)"));
    }

    /** A refusal of {@code field}: the field's Chinese label (and its name) and the rule, in both languages. */
    public static FieldError error(String field, String rule, String zh, String en) {
        String label = LABELS_ZH.get(base(field));
        return new FieldError(field, rule, (label == null ? "字段 " + field : label + "（" + field + "）") + zh,
                field + " " + en);
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }

    /** {@code items[2].name} → {@code name}. */
    private static String base(String field) {
        if (field == null) {
            return "";
        }
        String f = field.replaceAll("\\[\\d*]", "");
        return f.substring(f.lastIndexOf('.') + 1);
    }
}
