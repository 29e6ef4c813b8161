package org.metrolex.party;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.spreadsheet.XlsxTable;
import org.metrolex.platform.text.Labels;
import org.metrolex.party.domain.EnterpriseCategory;

/**
 * The enterprise registry as an .xlsx workbook, the form in which bureaus exchange lists: reads the
 * first sheet of an uploaded file into drafts, and writes a query's enterprises with the same header.
 *
 * <p>Reading goes through the platform's bounded {@link XlsxTable} reader (size, row and zip-bomb
 * limits; every refusal of the whole file a {@link RuleViolation} in Chinese and English).
 */
final class EnterpriseSpreadsheet {

    static final long MAX_BYTES = XlsxTable.MAX_BYTES;
    static final int MAX_ROWS = XlsxTable.MAX_ROWS;

    /** The columns the import needs, by the headers it accepts (Chinese as exported, or the API field name). */
    enum Column {
        CREDIT_CODE("creditCode", "统一社会信用代码"),
        NAME("name", "名称"),
        ADDRESS("address", "地址"),
        REGION_CODE("regionCode", "区划代码"),
        CATEGORY("category", "类别"),
        LEGAL_REPRESENTATIVE("legalRepresentative", "法定代表人"),
        CONTACT_PHONE("contactPhone", "联系电话");

        final String field;
        final String chinese;

        Column(String field, String chinese) {
            this.field = field;
            this.chinese = chinese;
        }
    }

    /** Written after the region code so people can read the export; not a {@link Column}, so import skips it. */
    static final String REGION_NAME_HEADER = "区划名称";

    /** One data row: its row number as Excel shows it (1-based) and the fields as typed. */
    record Line(int rowNumber, EnterpriseDraft draft) {
    }

    private EnterpriseSpreadsheet() {
    }

    // ---------------------------------------------------------------- reading

    /**
     * The non-blank data rows of the first sheet. The first non-blank row is the header. All seven
     * columns must be present (cells of optional fields may be empty): a missing optional column would
     * otherwise silently clear that field on every enterprise the file updates.
     */
    static List<Line> read(InputStream in, Labels labels) {
        return XlsxTable.read(in, HEADERS).stream().map(r -> new Line(r.rowNumber(), new EnterpriseDraft(
                r.cells().get(Column.CREDIT_CODE.ordinal()), r.cells().get(Column.NAME.ordinal()),
                r.cells().get(Column.ADDRESS.ordinal()), r.cells().get(Column.REGION_CODE.ordinal()),
                labels.code(EnterpriseCategory.class, r.cells().get(Column.CATEGORY.ordinal())),
                r.cells().get(Column.LEGAL_REPRESENTATIVE.ordinal()),
                r.cells().get(Column.CONTACT_PHONE.ordinal())))).toList();
    }

    /** The headers in {@link Column} order, so a cell's position is its column's ordinal. */
    private static final List<XlsxTable.Header> HEADERS = java.util.Arrays.stream(Column.values())
            .map(c -> new XlsxTable.Header(c.field, c.chinese)).toList();

    // ---------------------------------------------------------------- writing

    /**
     * Writes the header and one row per enterprise that {@code source} hands to its consumer.
     * SXSSF keeps only a window of rows in memory and spills the rest to a temporary file, so the
     * size of the export is bounded by disk, not heap.
     */
    static void write(OutputStream out, Function<String, String> regionName, Consumer<Consumer<Enterprise>> source,
                      Labels labels) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = workbook.createSheet("企业");
            CellStyle text = workbook.createCellStyle();
            // "@" keeps codes text when a user types new rows into the exported file, so 130102 stays 130102
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            String[] headers = {Column.CREDIT_CODE.chinese, Column.NAME.chinese, Column.ADDRESS.chinese,
                    Column.REGION_CODE.chinese, REGION_NAME_HEADER, Column.CATEGORY.chinese,
                    Column.LEGAL_REPRESENTATIVE.chinese, Column.CONTACT_PHONE.chinese};
            int[] widths = {22, 36, 44, 10, 14, 20, 12, 16};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
                head.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, widths[i] * 256);
                sheet.setDefaultColumnStyle(i, text);
            }
            sheet.createFreezePane(0, 1);

            int[] next = {1};
            source.accept(e -> {
                Row r = sheet.createRow(next[0]++);
                String[] values = {e.creditCode(), e.name(), e.address(), e.regionCode(), regionName.apply(e.regionCode()),
                        labels.zh(e.category()), e.legalRepresentative(), e.contactPhone()};
                for (int i = 0; i < values.length; i++) {
                    var cell = r.createCell(i);
                    cell.setCellStyle(text);
                    cell.setCellValue(XlsxTable.cell(values[i]));
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // nothing more can be done for a workbook already written or abandoned
            }
        }
    }
}
