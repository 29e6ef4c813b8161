package org.metrolex.instrument;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.spreadsheet.XlsxTable;

/**
 * An .xlsx list of instruments to file, read by the platform's bounded {@link XlsxTable} reader (size,
 * row and zip-bomb limits; every refusal of the whole file a bilingual {@link RuleViolation}). Cells are
 * handed on as typed; {@link InstrumentManagement} checks them.
 */
final class InstrumentSpreadsheet {

    static final long MAX_BYTES = XlsxTable.MAX_BYTES;
    static final int MAX_ROWS = XlsxTable.MAX_ROWS;

    /** The columns the import needs, by the headers it accepts (Chinese as exported, or the API field name). */
    enum Column {
        CATEGORY("categoryCode", "器具类别"),
        MAKER("maker", "制造厂"),
        MODEL("model", "型号规格"),
        SERIAL_NUMBER("serialNumber", "出厂编号"),
        TYPE_APPROVAL_NO("typeApprovalNo", "型式批准编号"),
        ACCURACY_CLASS("accuracyClass", "准确度等级"),
        MEASURING_RANGE("measuringRange", "测量范围"),
        OWNER_CREDIT_CODE("ownerCreditCode", "所有者统一社会信用代码"),
        REGION_CODE("regionCode", "使用地区划代码"),
        LOCATION("location", "安装使用地点"),
        PURPOSE("purpose", "用途");

        final String field;
        final String chinese;

        Column(String field, String chinese) {
            this.field = field;
            this.chinese = chinese;
        }
    }

    /** One data row: its row number as Excel shows it (1-based) and the cells as typed, by column. */
    record Line(int rowNumber, Map<Column, String> cells) {

        String get(Column c) {
            return cells.get(c);
        }
    }

    private InstrumentSpreadsheet() {
    }

    // ---------------------------------------------------------------- reading

    /**
     * The non-blank data rows of the first sheet. The first non-blank row is the header. All eleven
     * columns must be present (cells of optional fields may be empty): a missing optional column would
     * otherwise silently clear that field on every instrument the file updates.
     */
    static List<Line> read(InputStream in) {
        return XlsxTable.read(in, HEADERS).stream().map(r -> {
            Map<Column, String> cells = new EnumMap<>(Column.class);
            for (Column c : Column.values()) {
                cells.put(c, r.cells().get(c.ordinal()));
            }
            return new Line(r.rowNumber(), cells);
        }).toList();
    }

    /** The headers in {@link Column} order, so a cell's position is its column's ordinal. */
    private static final List<XlsxTable.Header> HEADERS = java.util.Arrays.stream(Column.values())
            .map(c -> new XlsxTable.Header(c.field, c.chinese)).toList();
}
