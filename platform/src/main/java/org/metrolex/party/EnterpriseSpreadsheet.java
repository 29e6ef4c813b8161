package org.metrolex.party;

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
import java.util.function.Consumer;
import java.util.function.Function;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The enterprise registry as an .xlsx workbook, the form in which bureaus exchange lists: reads the
 * first sheet of an uploaded file into drafts, and writes a query's enterprises with the same header.
 *
 * <p>Uploads come from outside, so reading is bounded: at most {@link #MAX_BYTES} of file and
 * {@link #MAX_ROWS} data rows; the sheet is parsed as a SAX stream from a temporary file rather than
 * loaded as a workbook, so memory does not grow with the sheet; POI's {@code ZipSecureFile} defaults
 * (inflate ratio, entry size) stay in force against zip bombs. Every refusal of the whole file is a
 * {@link RuleViolation} in Chinese and English.
 */
final class EnterpriseSpreadsheet {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_ROWS = 50_000;

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
            lines.add(new Line(row + 1, new EnterpriseDraft(v.get(Column.CREDIT_CODE), v.get(Column.NAME),
                    v.get(Column.ADDRESS), v.get(Column.REGION_CODE), v.get(Column.CATEGORY),
                    v.get(Column.LEGAL_REPRESENTATIVE), v.get(Column.CONTACT_PHONE))));
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
        return fileProblem("header", "工作表为空：第一行应为表头（统一社会信用代码、名称、地址、区划代码、类别、法定代表人、联系电话）",
                "the sheet is empty: the first row must be the header (creditCode, name, address, regionCode, "
                        + "category, legalRepresentative, contactPhone)");
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

    // ---------------------------------------------------------------- writing

    /**
     * Writes the header and one row per enterprise that {@code source} hands to its consumer.
     * SXSSF keeps only a window of rows in memory and spills the rest to a temporary file, so the
     * size of the export is bounded by disk, not heap.
     */
    static void write(OutputStream out, Function<String, String> regionName, Consumer<Consumer<Enterprise>> source) {
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
                        e.category().chinese(), e.legalRepresentative(), e.contactPhone()};
                for (int i = 0; i < values.length; i++) {
                    var cell = r.createCell(i);
                    cell.setCellStyle(text);
                    cell.setCellValue(values[i] == null ? "" : values[i]);
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
