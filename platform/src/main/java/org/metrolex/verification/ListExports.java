package org.metrolex.verification;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list streamed as .xlsx (bold frozen header, 200 rows in memory) or as CSV (UTF-8 with BOM for Excel,
 * cells quoted by {@link CertificateAuditSheets#line}): the overdue workbench and the overdue notices export
 * the same way.
 */
final class ListExports {

    private ListExports() {
    }

    /** Writes a sheet named {@code sheetName}; {@code rows} hands each row's cells to the consumer given. Returns the rows written. */
    static int xlsx(String sheetName, List<String> headers, Consumer<Consumer<List<String>>> rows, OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        int[] next = {1};
        try {
            SXSSFSheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int k = 0; k < headers.size(); k++) {
                head.createCell(k).setCellValue(headers.get(k));
                head.getCell(k).setCellStyle(bold);
                sheet.setColumnWidth(k, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            rows.accept(cells -> {
                Row r = sheet.createRow(next[0]++);
                for (int k = 0; k < cells.size(); k++) {
                    r.createCell(k).setCellValue(org.metrolex.platform.spreadsheet.XlsxTable.cell(cells.get(k)));
                }
            });
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // the file is already written
            }
        }
        return next[0] - 1;
    }

    /** Writes the list as CSV; returns the rows written. */
    static int csv(List<String> headers, Consumer<Consumer<List<String>>> rows, OutputStream out) {
        int[] n = {0};
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            CertificateAuditSheets.line(w, headers);
            rows.accept(cells -> {
                try {
                    CertificateAuditSheets.line(w, cells);
                    n[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n[0];
    }
}
