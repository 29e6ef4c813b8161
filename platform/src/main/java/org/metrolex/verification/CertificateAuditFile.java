package org.metrolex.verification;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.spreadsheet.XlsxTable;
import org.metrolex.verification.domain.Conclusion;

/**
 * A file of external certificates to audit, as .xlsx (first sheet) or CSV (UTF-8, with or without BOM, or
 * GB18030 as Excel saves it on Chinese Windows), with a header row naming the columns in {@link Column}
 * (Chinese label or field name). Empty cells are not errors — a missing mandatory field is a defect the audit
 * reports; only cells that cannot be read (a date, a number, a conclusion) reject their row, with the reason.
 */
final class CertificateAuditFile {

    /** The columns an audit needs, in template order. Standards: several separated by ";" in each standard column. */
    enum Column {
        NUMBER("number", "证书编号"),
        INSTITUTION_CREDIT_CODE("institutionCreditCode", "机构统一社会信用代码"),
        INSTITUTION_NAME("institutionName", "检定机构"),
        INSTRUMENT_TYPE("instrumentType", "器具名称"),
        REGION_CODE("regionCode", "使用地行政区划代码"),
        OWNER_NAME("ownerName", "送检单位"),
        SERIAL_NUMBER("serialNumber", "出厂编号"),
        VERIFIER("verifier", "检定员"),
        VERIFIER_CERTIFICATE_NO("verifierCertificateNo", "检定员证号"),
        VERIFIER_SCOPE("verifierScope", "检定员资格项目"),
        VERIFIER_VALID_FROM("verifierValidFrom", "资格有效期起"),
        VERIFIER_VALID_UNTIL("verifierValidUntil", "资格有效期至"),
        STANDARD_NAME("standardName", "计量标准"),
        STANDARD_ASSESSMENT_NO("standardAssessmentNo", "标准考核证书号"),
        STANDARD_ASSESSMENT_VALID_FROM("standardAssessmentValidFrom", "考核证书有效期起"),
        STANDARD_ASSESSMENT_VALID_UNTIL("standardAssessmentValidUntil", "考核证书有效期至"),
        STANDARD_CALIBRATION_DUE("standardCalibrationDue", "标准溯源到期日"),
        VERIFICATION_DATE("verificationDate", "检定日期"),
        CONCLUSION("conclusion", "检定结论"),
        MAX_ERROR("maxError", "最大示值误差"),
        MPE("mpe", "最大允许误差");

        final String field;
        final String chinese;

        Column(String field, String chinese) {
            this.field = field;
            this.chinese = chinese;
        }

        static List<XlsxTable.Header> headers() {
            return Arrays.stream(values()).map(c -> new XlsxTable.Header(c.field, c.chinese)).toList();
        }
    }

    /** One data row as text, cells in {@link Column} order. */
    record Line(int rowNumber, List<String> cells) {

        String get(Column c) {
            String v = c.ordinal() < cells.size() ? cells.get(c.ordinal()) : null;
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    private CertificateAuditFile() {
    }

    static boolean isXlsx(String fileName, byte[] content) {
        return (fileName != null && fileName.toLowerCase().endsWith(".xlsx"))
                || (content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4);
    }

    static List<Line> read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new RuleViolation("file", "required", "请选择要导入的 .xlsx 或 .csv 文件（文件为空）",
                    "choose an .xlsx or .csv file to import (the file is empty)");
        }
        if (content.length > XlsxTable.MAX_BYTES) {
            throw new RuleViolation("file", "max-size", "文件超过 10 MB 上限，请拆分后分批导入",
                    "the file is larger than the 10 MB limit: split it and import the parts");
        }
        if (isXlsx(fileName, content)) {
            return XlsxTable.read(new ByteArrayInputStream(content), Column.headers()).stream()
                    .map(r -> new Line(r.rowNumber(), r.cells())).toList();
        }
        return csv(decode(content));
    }

    /** UTF-8 when the bytes are valid UTF-8 (BOM dropped), else GB18030 (Excel's "CSV" on Chinese Windows). */
    static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    /** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
    static List<Line> csv(String text) {
        Records read = records(text);
        List<List<String>> records = read.records();
        int header = -1;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).stream().anyMatch(s -> !s.isBlank())) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw noHeader();
        }
        int[] position = positions(records.get(header));
        List<Line> lines = new ArrayList<>();
        for (int i = header + 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (lines.size() >= XlsxTable.MAX_ROWS) {
                throw new RuleViolation("file", "max-rows", "数据行超过 " + XlsxTable.MAX_ROWS + " 行上限，请拆分后分批导入",
                        "more than " + XlsxTable.MAX_ROWS + " data rows: split the file and import the parts");
            }
            List<String> cells = new ArrayList<>();
            for (Column c : Column.values()) {
                int p = position[c.ordinal()];
                cells.add(p < r.size() ? r.get(p) : "");
            }
            lines.add(new Line(read.lineNumbers().get(i), cells));
        }
        return lines;
    }

    /** The records of a CSV text with the line each starts on. */
    private record Records(List<List<String>> records, List<Integer> lineNumbers) {
    }

    private static Records records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                lineNumbers.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
            lineNumbers.add(recordLine);
        }
        return new Records(records, lineNumbers);
    }

    /** Where each column is in the header row; refuses a column missing or named twice. */
    private static int[] positions(List<String> head) {
        int[] position = new int[Column.values().length];
        Arrays.fill(position, -1);
        List<String> missing = new ArrayList<>();
        List<XlsxTable.Header> headers = Column.headers();
        for (Column c : Column.values()) {
            for (int k = 0; k < head.size(); k++) {
                String h = head.get(k).replace("*", "").replace("＊", "").strip();
                if (h.equals(c.chinese) || h.equalsIgnoreCase(c.field)) {
                    if (position[c.ordinal()] >= 0) {
                        throw new RuleViolation("file", "header-twice", "列“" + c.chinese + "”出现了两次", "the column '" + c.field + "' appears twice");
                    }
                    position[c.ordinal()] = k;
                }
            }
            if (position[c.ordinal()] < 0) {
                missing.add(headers.get(c.ordinal()).chinese());
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation("file", "headers", "缺少列：" + String.join("、", missing),
                    "columns missing: " + String.join(", ", missing.stream().map(m -> Arrays.stream(Column.values())
                            .filter(c -> c.chinese.equals(m)).findFirst().orElseThrow().field).toList()));
        }
        return position;
    }

    private static RuleViolation noHeader() {
        return new RuleViolation(400, List.of(new FieldError("file", "headers", "文件没有标题行：第一行应为列名（如“证书编号”）",
                "the file has no header row: the first row must name the columns (e.g. 'number')")));
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    /** A date as users type it: 2025-03-01, 2025/3/1, 2025.3.1, 2025年3月1日 or 20250301; null when empty. */
    static LocalDate date(Line line, Column c, List<AuditRowError> errors) {
        String v = line.get(c);
        if (v == null) {
            return null;
        }
        Matcher m = DATE.matcher(v);
        Matcher compact = COMPACT_DATE.matcher(v);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (compact.matches()) {
                return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)), Integer.parseInt(compact.group(3)));
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the row error: 2025-02-30 is not a date
        }
        errors.add(new AuditRowError(line.rowNumber(), c.field, "“" + c.chinese + "”不是有效日期：" + v + "（应为 2025-03-01 格式）",
                "'" + c.field + "' is not a valid date: " + v + " (expected e.g. 2025-03-01)"));
        return null;
    }

    static BigDecimal number(Line line, Column c, List<AuditRowError> errors) {
        String v = line.get(c);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.replace("±", "").replace("＋", "+").replace("－", "-").replaceAll("\\s*(kg|g|L|mL|%|mmHg|kPa)$", "").strip());
        } catch (NumberFormatException e) {
            errors.add(new AuditRowError(line.rowNumber(), c.field, "“" + c.chinese + "”不是数值：" + v,
                    "'" + c.field + "' is not a number: " + v));
            return null;
        }
    }

    static Conclusion conclusion(Line line, List<AuditRowError> errors) {
        String v = line.get(Column.CONCLUSION);
        if (v == null) {
            return null;
        }
        String s = v.replace("，", ",").split(",")[0].strip();
        if (s.equals("合格") || s.equalsIgnoreCase("CONFORMING") || s.equals("符合")) {
            return Conclusion.CONFORMING;
        }
        if (s.equals("不合格") || s.equalsIgnoreCase("NON_CONFORMING") || s.equals("不符合")) {
            return Conclusion.NON_CONFORMING;
        }
        errors.add(new AuditRowError(line.rowNumber(), Column.CONCLUSION.field, "“检定结论”应为“合格”或“不合格”：" + v,
                "'conclusion' must be CONFORMING (合格) or NON_CONFORMING (不合格): " + v));
        return null;
    }

    /** The values of a multi-standard cell: split on ; or ；, blanks kept in place so columns stay aligned. */
    static List<String> split(String v) {
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split("[;；]", -1)).map(String::strip).toList();
    }
}
