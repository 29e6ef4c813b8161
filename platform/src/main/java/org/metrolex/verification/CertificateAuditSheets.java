package org.metrolex.verification;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.metrolex.verification.domain.AuditReport;
import org.metrolex.verification.domain.Defect;
import org.metrolex.verification.domain.DefectCode;

/**
 * A certificate audit report as a file to hand on: .xlsx with three sheets (by defect kind, by institution,
 * every defect of every defective certificate, plus rejected rows for imports), or CSV (UTF-8 with BOM, so
 * Excel opens the Chinese text) with one line per defect. Both languages are written side by side.
 */
public final class CertificateAuditSheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private CertificateAuditSheets() {
    }

    /** @param labelZh label of a defect kind in Chinese; {@code labelEn} in English (from the message bundles) */
    public static void xlsx(CertificateAuditResult r, Function<DefectCode, String> labelZh, Function<DefectCode, String> labelEn,
                            OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            AuditReport report = r.report();

            SXSSFSheet kinds = sheet(wb, "按缺陷类型", bold, new int[] {30, 34, 34, 10, 10},
                    "缺陷代码 code", "缺陷类型", "kind", "严重程度 severity", "数量 count");
            int i = 1;
            row(kinds, i++, "检查证书数 examined", "", "", "", String.valueOf(report.examined()));
            row(kinds, i++, "问题证书数 defective", "", "", "", String.valueOf(report.defective()));
            for (DefectCode c : DefectCode.values()) {
                row(kinds, i++, c.name(), labelZh.apply(c), labelEn.apply(c), c.severity().name(), String.valueOf(report.count(c)));
            }

            SXSSFSheet institutions = sheet(wb, "按机构", bold, new int[] {24, 40, 12, 12},
                    "机构 key", "机构名称 institution", "检查 examined", "问题 defective");
            i = 1;
            for (var t : report.byInstitution().values()) {
                row(institutions, i++, t.institutionCode(), r.institutionName(t.institutionCode()), String.valueOf(t.examined()),
                        String.valueOf(t.defective()));
            }

            SXSSFSheet defects = sheet(wb, "问题证书", bold, new int[] {22, 24, 36, 28, 30, 60, 60},
                    "证书编号 number", "机构 key", "机构名称 institution", "缺陷代码 code", "字段 field", "说明", "explanation");
            i = 1;
            for (var d : report.defectiveCertificates()) {
                for (Defect f : d.defects()) {
                    row(defects, i++, nz(d.number()), d.institutionCode(), r.institutionName(d.institutionCode()), f.code().name(),
                            f.field(), f.messageZh(), f.messageEn());
                }
            }
            if (r.source() == CertificateAuditResult.Source.IMPORTED) {
                SXSSFSheet rejected = sheet(wb, "无法读取的行", bold, new int[] {8, 24, 60, 60}, "行 row", "列 field", "原因", "reason");
                i = 1;
                for (AuditRowError e : r.rejected()) {
                    row(rejected, i++, String.valueOf(e.row()), e.field(), e.messageZh(), e.messageEn());
                }
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // closing a streaming workbook after writing cannot lose data already written
            }
        }
    }

    /** One line per defect of every defective certificate. */
    public static void csv(CertificateAuditResult r, Function<DefectCode, String> labelZh, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            line(w, List.of("证书编号 number", "机构 key", "机构名称 institution", "缺陷代码 code", "缺陷类型 kind", "字段 field", "说明", "explanation"));
            for (var d : r.report().defectiveCertificates()) {
                for (Defect f : d.defects()) {
                    line(w, List.of(nz(d.number()), d.institutionCode(), r.institutionName(d.institutionCode()), f.code().name(),
                            labelZh.apply(f.code()), f.field(), f.messageZh(), f.messageEn()));
                }
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void line(Writer w, List<String> cells) throws IOException {
        for (int k = 0; k < cells.size(); k++) {
            if (k > 0) {
                w.write(',');
            }
            w.write(csvCell(cells.get(k)));
        }
        w.write("\r\n");
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet does not run it as a formula. */
    static String csvCell(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static SXSSFSheet sheet(SXSSFWorkbook wb, String name, CellStyle bold, int[] widths, String... headers) {
        SXSSFSheet sheet = wb.createSheet(name);
        Row head = sheet.createRow(0);
        for (int k = 0; k < headers.length; k++) {
            head.createCell(k).setCellValue(headers[k]);
            head.getCell(k).setCellStyle(bold);
            sheet.setColumnWidth(k, widths[k] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void row(SXSSFSheet sheet, int index, String... values) {
        Row r = sheet.createRow(index);
        for (int k = 0; k < values.length; k++) {
            r.createCell(k).setCellValue(org.metrolex.platform.spreadsheet.XlsxTable.cell(values[k]));
        }
    }
}
