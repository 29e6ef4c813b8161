package org.metrolex.prepackaged.domain;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the readings a balance exported as CSV. The first non-blank line that is not a comment ({@code #})
 * is the header; columns are found by name, in Chinese or English: package number (编号/序号/package),
 * gross (毛重/gross/weight), tare (皮重/tare), net (净含量/净重/net), unit (单位/unit). Separators: comma,
 * semicolon or tab. A value may carry its unit ("512.3 g"); every unit must be the unit the nominal
 * quantity is marked in. UTF-8 (with or without BOM) or GB 18030, which many balance programs write.
 */
public final class BalanceCsv {

    /** More lines than any plan's sample (n ≤ 125) plus tare and comment lines could need. */
    public static final int MAX_LINES = 2000;

    public record Parsed(List<ReadingEntry.Raw> rows, List<EntryProblem> problems) {
    }

    private static final Map<String, String> HEADERS = new HashMap<>();

    static {
        for (String h : List.of("package", "package number", "package_number", "packagenumber", "no", "no.", "number",
                "编号", "序号", "包装编号", "样品编号", "样本编号")) {
            HEADERS.put(h, "package");
        }
        for (String h : List.of("gross", "gross weight", "weight", "reading", "毛重", "重量", "读数", "称量值")) {
            HEADERS.put(h, "gross");
        }
        for (String h : List.of("tare", "皮重")) {
            HEADERS.put(h, "tare");
        }
        for (String h : List.of("net", "net content", "净含量", "净重", "实际含量")) {
            HEADERS.put(h, "net");
        }
        for (String h : List.of("unit", "单位")) {
            HEADERS.put(h, "unit");
        }
    }

    private static final Pattern VALUE = Pattern.compile("^([+-]?\\d+(?:\\.\\d+)?)\\s*([A-Za-z\\u4e00-\\u9fff]*)$");

    private BalanceCsv() {
    }

    /**
     * @param unitMatches tells whether a unit written in the file is the unit Qn is marked in
     */
    public static Parsed parse(byte[] bytes, java.util.function.Predicate<String> unitMatches) {
        List<EntryProblem> problems = new ArrayList<>();
        List<ReadingEntry.Raw> rows = new ArrayList<>();
        String text = decode(bytes);
        String[] lines = text.split("\r\n|\n|\r", -1);
        if (lines.length > MAX_LINES) {
            problems.add(new EntryProblem(0, "file", "size", "文件超过 " + MAX_LINES + " 行", "the file has more than " + MAX_LINES + " lines"));
            return new Parsed(rows, problems);
        }
        Map<String, Integer> columns = null;
        String separator = ",";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            if (line.isBlank() || line.strip().startsWith("#") && columns != null || line.strip().startsWith("//")) {
                continue;
            }
            if (columns == null) {
                if (line.strip().startsWith("#")) {
                    continue;
                }
                separator = line.contains("\t") ? "\t" : line.contains(";") ? ";" : ",";
                columns = header(line.split(separator, -1));
                if (!columns.containsKey("package") || !(columns.containsKey("gross") || columns.containsKey("net"))) {
                    problems.add(new EntryProblem(lineNo, "header", "columns",
                            "第 " + lineNo + " 行：表头须含包装编号（编号/序号/package）及毛重（毛重/gross）或净含量（净含量/net）列",
                            "line " + lineNo + ": the header needs a package-number column (package/编号) and a gross (gross/毛重) or net (net/净含量) column"));
                    return new Parsed(rows, problems);
                }
                continue;
            }
            String[] cells = line.split(separator, -1);
            int before = problems.size();
            Integer number = null;
            String numberCell = cell(cells, columns.get("package"));
            if (!numberCell.isEmpty()) {
                try {
                    number = Integer.valueOf(numberCell);
                } catch (NumberFormatException e) {
                    problems.add(bad(lineNo, "package", "number", "包装编号“" + numberCell + "”不是整数", "package number '" + numberCell + "' is not a whole number"));
                }
            }
            String fileUnit = cell(cells, columns.get("unit"));
            if (!fileUnit.isEmpty() && !unitMatches.test(fileUnit)) {
                problems.add(bad(lineNo, "unit", "unit", "单位“" + fileUnit + "”与标注净含量的单位不一致", "unit '" + fileUnit + "' differs from the nominal quantity's unit"));
            }
            BigDecimal gross = number(cells, columns.get("gross"), "gross", lineNo, unitMatches, problems);
            BigDecimal tare = number(cells, columns.get("tare"), "tare", lineNo, unitMatches, problems);
            BigDecimal net = number(cells, columns.get("net"), "net", lineNo, unitMatches, problems);
            if (problems.size() == before) {
                rows.add(new ReadingEntry.Raw(lineNo, "", number, gross, tare, net));
            }
        }
        if (columns == null) {
            problems.add(new EntryProblem(0, "file", "empty", "文件为空或没有表头", "the file is empty or has no header"));
        }
        return new Parsed(rows, problems);
    }

    private static Map<String, Integer> header(String[] cells) {
        Map<String, Integer> m = new HashMap<>();
        for (int c = 0; c < cells.length; c++) {
            String name = cells[c].strip().replace("\"", "").toLowerCase(Locale.ROOT);
            // "毛重(g)", "gross [g]": the unit in the header is informative only
            name = name.replaceAll("[(\\[（].*$", "").strip();
            String key = HEADERS.get(name);
            if (key != null) {
                m.putIfAbsent(key, c);
            }
        }
        return m;
    }

    private static BigDecimal number(String[] cells, Integer column, String field, int lineNo,
                                     java.util.function.Predicate<String> unitMatches, List<EntryProblem> problems) {
        String v = cell(cells, column);
        if (v.isEmpty()) {
            return null;
        }
        Matcher m = VALUE.matcher(v);
        if (!m.matches()) {
            problems.add(bad(lineNo, field, "number", "“" + v + "”不是数值", "'" + v + "' is not a number"));
            return null;
        }
        if (!m.group(2).isEmpty() && !unitMatches.test(m.group(2))) {
            problems.add(bad(lineNo, field, "unit", "单位“" + m.group(2) + "”与标注净含量的单位不一致",
                    "unit '" + m.group(2) + "' differs from the nominal quantity's unit"));
            return null;
        }
        return new BigDecimal(m.group(1));
    }

    private static String cell(String[] cells, Integer column) {
        if (column == null || column >= cells.length) {
            return "";
        }
        return cells[column].strip().replace("\"", "");
    }

    private static EntryProblem bad(int line, String field, String rule, String zh, String en) {
        return new EntryProblem(line, field, rule, "第 " + line + " 行：" + zh, "line " + line + ": " + en);
    }

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, Charset.forName("GB18030"));
        }
    }

    /** Column names understood, for the help text of the import form. */
    public static Set<String> headerNames() {
        return Set.copyOf(HEADERS.keySet());
    }
}
