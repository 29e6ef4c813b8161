package org.metrolex.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An .xlsx list of instruments to file, read the way {@code party}'s enterprise import reads its
 * workbooks: the first sheet as a SAX stream from a bounded temporary file (at most {@link #MAX_BYTES}
 * and {@link #MAX_ROWS} data rows), POI's zip-bomb defaults in force, every refusal of the whole file a
 * bilingual {@link RuleViolation}. Cells are handed on as typed; {@link InstrumentManagement} checks them.
 */
final class InstrumentSpreadsheet {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_ROWS = 50_000;

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

        /** Users mark required columns with "*" and leave stray spaces; neither should break the match. */
        static Column ofHeader(String header) {
            String h = header.replace("*", "").replace("＊", "").strip();
            for (Column c : values()) {
                if (c.chinese.equals(h) || c.field.equalsIgnoreCase(h)) {
                    return c;
                }
            }
            return null;
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
        Path file = null;
        try {
            file = Files.createTempFile("metrolex-import-", ".xlsx");
            copyBounded(in, file);
            return parse(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless; the answer to the user matters more
                }
            }
        }
    }

    private static void copyBounded(InputStream in, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > MAX_BYTES) {
                    throw fileProblem("max-size", "文件超过 10 MB 上限，请拆分后分批导入",
                            "the file is larger than the 10 MB limit: split it and import the parts");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static List<Line> parse(Path file) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw noHeader();
            }
            RowCollector rows = new RowCollector();
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg),
                    rows, new DataFormatter(Locale.CHINA), false));
            try (InputStream sheet = sheets.next()) {
                xml.parse(new InputSource(sheet));
            }
            if (rows.columns == null) {
                throw noHeader();
            }
            return rows.lines;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            RuleViolation ours = ruleViolationIn(e);
            if (ours != null) {
                throw ours;
            }
            if (mentionsZipBomb(e)) {
                throw fileProblem("compression", "文件解压后异常庞大，已拒绝（疑似压缩炸弹）",
                        "the file expands to an implausible size and was refused (possible zip bomb)");
            }
            throw fileProblem("xlsx", "无法读取文件：请上传 Excel 2007 及以上版本的 .xlsx 文件",
                    "the file could not be read: upload an Excel .xlsx workbook (Excel 2007 or later)");
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** Collects rows as the SAX stream passes; a row is kept only once it is known not to be blank. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        Map<Integer, Column> columns;
        final List<Line> lines = new ArrayList<>();
        private final Map<Integer, String> cells = new HashMap<>();
        private int row;
        private int lastColumn;

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            lastColumn = -1;
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            // some generators omit the r attribute: then the cell follows the previous one
            int column = reference == null ? lastColumn + 1 : new CellReference(reference).getCol();
            lastColumn = column;
            if (formattedValue != null && !formattedValue.isBlank()) {
                cells.put(column, formattedValue);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.isEmpty()) {
                return;
            }
            if (columns == null) {
                columns = header(cells);
                return;
            }
            if (lines.size() == MAX_ROWS) {
                throw fileProblem("max-rows", "数据行超过 " + MAX_ROWS + " 行上限，请拆分后分批导入",
                        "more than " + MAX_ROWS + " data rows: split the file and import the parts");
            }
            Map<Column, String> v = new EnumMap<>(Column.class);
            columns.forEach((index, column) -> v.put(column, cells.get(index)));
            lines.add(new Line(row + 1, v));
        }
    }

    private static Map<Integer, Column> header(Map<Integer, String> cells) {
        Map<Integer, Column> columns = new HashMap<>();
        Map<Column, Integer> seen = new EnumMap<>(Column.class);
        cells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(cell -> {
            Column c = Column.ofHeader(cell.getValue());
            if (c == null) {
                return; // unknown columns (notes, the exported region name) are the user's business
            }
            if (seen.containsKey(c)) {
                throw new RuleViolation(400, List.of(new FieldError(c.field, "column-unique",
                        "表头中“" + c.chinese + "”列出现了两次（第 " + letter(seen.get(c)) + " 列和第 " + letter(cell.getKey()) + " 列）",
                        "the column " + c.field + " (" + c.chinese + ") appears twice in the header (columns "
                                + letter(seen.get(c)) + " and " + letter(cell.getKey()) + ")")));
            }
            seen.put(c, cell.getKey());
            columns.put(cell.getKey(), c);
        });
        List<FieldError> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            if (!seen.containsKey(c)) {
                missing.add(new FieldError(c.field, "column-required", "表头缺少“" + c.chinese + "”列",
                        "the header has no column " + c.field + " (" + c.chinese + ")"));
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(400, missing);
        }
        return columns;
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    private static RuleViolation noHeader() {
        return fileProblem("header", "工作表为空：第一行应为表头（器具类别、制造厂、型号规格、出厂编号、型式批准编号、准确度等级、"
                        + "测量范围、所有者统一社会信用代码、使用地区划代码、安装使用地点、用途）",
                "the sheet is empty: the first row must be the header (categoryCode, maker, model, serialNumber, "
                        + "typeApprovalNo, accuracyClass, measuringRange, ownerCreditCode, regionCode, location, purpose)");
    }

    private static RuleViolation fileProblem(String rule, String zh, String en) {
        return new RuleViolation("file", rule, zh, en);
    }

    /** SAX parsers may wrap what a content handler throws; our own refusals must come out unchanged. */
    private static RuleViolation ruleViolationIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation v) {
                return v;
            }
            if (t instanceof SAXException s && s.getException() instanceof RuleViolation v) {
                return v;
            }
        }
        return null;
    }

    private static boolean mentionsZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }
}
