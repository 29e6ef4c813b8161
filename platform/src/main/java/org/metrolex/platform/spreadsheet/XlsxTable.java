package org.metrolex.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Reads the first sheet of an uploaded .xlsx as a table with a header row, for every import of the
 * platform (the form in which bureaus exchange lists). Uploads come from outside, so reading is
 * bounded: at most {@link #MAX_BYTES} of file and {@link #MAX_ROWS} data rows; the sheet is parsed as a
 * SAX stream from a temporary file rather than loaded as a workbook, so memory does not grow with the
 * sheet; POI's {@code ZipSecureFile} defaults (inflate ratio, entry size) stay in force against zip
 * bombs. Every refusal of the whole file is a {@link RuleViolation} in Chinese and English.
 */
public final class XlsxTable {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    /** Excel's limit of characters in one cell: a longer value makes POI refuse the whole workbook. */
    public static final int MAX_CELL_CHARS = 32_767;

    /** A column the import needs, by the headers it accepts: the Chinese label or the API field name. */
    public record Header(String field, String chinese) {

        /** Users mark required columns with "*" and leave stray spaces; neither should break the match. */
        boolean matches(String header) {
            String h = header.replace("*", "").replace("＊", "").strip();
            return chinese.equals(h) || field.equalsIgnoreCase(h);
        }
    }

    /** One non-blank data row: its number as Excel shows it (1-based) and its cells in the order of the headers. */
    public record Row(int rowNumber, List<String> cells) {
    }

    private XlsxTable() {
    }

    /**
     * The non-blank data rows of the first sheet. The first non-blank row is the header; every header
     * asked for must be present (cells may be empty), unknown columns are ignored, a column twice is refused.
     */
    /**
     * A value as it can go into a cell: null as empty, and a value above {@link #MAX_CELL_CHARS} cut with an
     * ellipsis — one stored value too long for Excel (a row written before the column had a limit) must not
     * make the export fail for everyone whose scope includes it.
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= MAX_CELL_CHARS) {
            return value;
        }
        int end = MAX_CELL_CHARS - 1;
        return value.substring(0, Character.isHighSurrogate(value.charAt(end - 1)) ? end - 1 : end) + "…";
    }

    public static List<Row> read(InputStream in, List<Header> headers) {
        Path file = null;
        try {
            file = Files.createTempFile("metrolex-import-", ".xlsx");
            copyBounded(in, file);
            return parse(file, headers);
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

    private static List<Row> parse(Path file, List<Header> headers) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw noHeader(headers);
            }
            RowCollector rows = new RowCollector(headers);
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg),
                    rows, new DataFormatter(Locale.CHINA), false));
            try (InputStream sheet = sheets.next()) {
                xml.parse(new InputSource(sheet));
            }
            if (rows.columns == null) {
                throw noHeader(headers);
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
        private final List<Header> headers;
        Map<Integer, Integer> columns;
        final List<Row> lines = new ArrayList<>();
        private final Map<Integer, String> cells = new HashMap<>();
        private int row;
        private int lastColumn;

        RowCollector(List<Header> headers) {
            this.headers = headers;
        }

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
                columns = header(cells, headers);
                return;
            }
            if (lines.size() == MAX_ROWS) {
                throw fileProblem("max-rows", "数据行超过 " + MAX_ROWS + " 行上限，请拆分后分批导入",
                        "more than " + MAX_ROWS + " data rows: split the file and import the parts");
            }
            String[] values = new String[headers.size()];
            columns.forEach((index, position) -> values[position] = cells.get(index));
            lines.add(new Row(row + 1, Arrays.asList(values)));
        }
    }

    /** Column index in the sheet → position in {@code headers}. */
    private static Map<Integer, Integer> header(Map<Integer, String> cells, List<Header> headers) {
        Map<Integer, Integer> columns = new HashMap<>();
        Map<Integer, Integer> seen = new HashMap<>();
        cells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(cell -> {
            int position = -1;
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).matches(cell.getValue())) {
                    position = i;
                    break;
                }
            }
            if (position < 0) {
                return; // unknown columns (notes, an exported name column) are the user's business
            }
            Header c = headers.get(position);
            if (seen.containsKey(position)) {
                throw new RuleViolation(400, List.of(new FieldError(c.field(), "column-unique",
                        "表头中“" + c.chinese() + "”列出现了两次（第 " + letter(seen.get(position)) + " 列和第 " + letter(cell.getKey()) + " 列）",
                        "the column " + c.field() + " (" + c.chinese() + ") appears twice in the header (columns "
                                + letter(seen.get(position)) + " and " + letter(cell.getKey()) + ")")));
            }
            seen.put(position, cell.getKey());
            columns.put(cell.getKey(), position);
        });
        List<FieldError> missing = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!seen.containsKey(i)) {
                Header c = headers.get(i);
                missing.add(new FieldError(c.field(), "column-required", "表头缺少“" + c.chinese() + "”列",
                        "the header has no column " + c.field() + " (" + c.chinese() + ")"));
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

    private static RuleViolation noHeader(List<Header> headers) {
        return fileProblem("header", "工作表为空：第一行应为表头（"
                        + String.join("、", headers.stream().map(Header::chinese).toList()) + "）",
                "the sheet is empty: the first row must be the header ("
                        + String.join(", ", headers.stream().map(Header::field).toList()) + ")");
    }

    public static RuleViolation fileProblem(String rule, String zh, String en) {
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
