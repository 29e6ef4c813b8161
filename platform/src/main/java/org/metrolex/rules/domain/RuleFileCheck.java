package org.metrolex.rules.domain;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.metrolex.metrology.comparison.PerformanceCriteria;
import org.metrolex.metrology.mpe.MpeTables;
import org.metrolex.metrology.prepackage.LotInspection;
import org.metrolex.metrology.prepackage.SamplingPlans;
import org.metrolex.metrology.prepackage.TolerableShortfalls;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleFileParser;
import org.metrolex.metrology.rules.RuleTable;

/**
 * Checks an uploaded rule file before anything is stored, and reports every problem at once with its
 * line: the format of the shipped files ({@link RuleFileParser}: {@code # key: value} header, then a CSV
 * table), the required header keys, dates and the verified flag, the columns and cells the rule's known
 * editions use, the dates against the other editions of the rule (no overlap), and finally the same
 * compile path decisions use ({@link MpeTables}, {@link TolerableShortfalls}, {@link SamplingPlans},
 * {@link LotInspection}, {@link PerformanceCriteria}) — so a file that passes can decide.
 *
 * <p>An effective date in the past is accepted (a correction of an edition already in force is the
 * common case), with a warning: decisions already recorded keep the edition that made them, and change
 * only when re-decided explicitly.
 */
public final class RuleFileCheck {

    /** Upper bound of a rule file; the shipped ones are under 5 KiB. */
    public static final int MAX_BYTES = 256 * 1024;
    /** Column lengths of {@code rule_edition}, declared once. */
    public static final int RULE_ID_MAX = 100;
    public static final int REGULATION_MAX = 200;
    public static final int CLAUSE_MAX = 500;
    public static final int SOURCE_MAX = 2000;
    public static final int FILE_NAME_MAX = 200;
    public static final int REASON_MAX = 1000;
    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final String NOT_OBTAINED = "NOT_OBTAINED";
    private static final List<String> REQUIRED = List.of("rule", "regulation", "effective-from", "verified");

    /**
     * @param table    the parsed table, null when the file has errors
     * @param text     the file as text (UTF-8, byte-order mark removed)
     * @param replaces the edition of the same rule and regulation it replaces, or null for a new edition
     */
    public record Result(RuleTable table, String text, RuleTable replaces, List<RuleFileProblem> errors,
                         List<RuleFileProblem> warnings) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final String fileName;
    private final List<RuleTable> editions;
    private final LocalDate today;
    private final List<RuleFileProblem> errors = new ArrayList<>();
    private final List<RuleFileProblem> warnings = new ArrayList<>();

    private RuleFileCheck(String fileName, List<RuleTable> editions, LocalDate today) {
        this.fileName = fileName;
        this.editions = editions;
        this.today = today;
    }

    /**
     * @param editions the editions of the book the file joins as read from their files (shipped, and the
     *                 latest version of each loaded one), before a later edition closes an open-ended one
     */
    public static Result check(String fileName, byte[] bytes, List<RuleTable> editions, LocalDate today) {
        return new RuleFileCheck(fileName, editions, today).run(bytes);
    }

    private Result run(byte[] bytes) {
        if (fileName == null || fileName.isBlank()) {
            error(0, "file", "required", "文件名必填", "the file name is required");
        } else if (fileName.length() > FILE_NAME_MAX) {
            error(0, "file", "length", "文件名最多 " + FILE_NAME_MAX + " 个字符", "the file name has at most " + FILE_NAME_MAX + " characters");
        }
        if (bytes == null || bytes.length == 0) {
            error(0, "file", "required", "请选择规则文件（不能为空）", "choose a rule file (it must not be empty)");
            return done(null, null, null);
        }
        if (bytes.length > MAX_BYTES) {
            error(0, "file", "size", "规则文件不能超过 " + MAX_BYTES / 1024 + " KiB，实为 " + bytes.length / 1024 + " KiB",
                    "a rule file has at most " + MAX_BYTES / 1024 + " KiB, this one has " + bytes.length / 1024 + " KiB");
            return done(null, null, null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            error(0, "file", "encoding", "规则文件须为 UTF-8 编码文本", "a rule file must be UTF-8 text");
            return done(null, null, null);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Scan scan = scan(text);
        headerValues(scan);
        String ruleId = scan.header.getOrDefault("rule", "").strip();
        List<RuleTable> sameRule = editions.stream().filter(t -> t.edition().ruleId().equals(ruleId)).toList();
        if (scan.columns != null) {
            checkColumnsAndCells(scan, sameRule);
        }
        if (!errors.isEmpty()) {
            return done(null, text, null);
        }
        RuleTable table;
        try {
            table = RuleFileParser.parse(fileName, new StringReader(text));
        } catch (RuntimeException e) {
            error(0, "file", "format", "规则文件格式不正确：" + e.getMessage(), "the rule file is not in the rule file format: " + e.getMessage());
            return done(null, text, null);
        }
        RuleTable replaces = sameRule.stream().filter(t -> t.edition().regulation().equals(table.edition().regulation()))
                .findFirst().orElse(null);
        if (!fitsTheBook(scan, table, replaces)) {
            return done(null, text, replaces);
        }
        compile(scan, table, replaces);
        if (!errors.isEmpty()) {
            return done(null, text, replaces);
        }
        if (!table.edition().effectiveFrom().isAfter(today)) {
            warn(scan.lineOf("effective-from"), "effective-from", "past",
                    "实施日期 " + table.edition().effectiveFrom() + " 不晚于今天：今后判定的、日期在此之后的检定使用本版本；已作出的判定保留原版本，仅在明确“重新判定”时改变",
                    "effective from " + table.edition().effectiveFrom() + ", not after today: decisions made from now on and dated from then"
                            + " use this edition; decisions already made keep their edition and change only when re-decided explicitly");
        }
        if (replaces != null) {
            warn(0, "regulation", "replaces", "替换现有版本 " + replaces.edition().regulation() + "（同一规则、同一版本号）；已作出的判定不变",
                    "replaces the current " + replaces.edition().regulation() + " (same rule, same edition); decisions already made do not change");
        }
        return done(table, text, replaces);
    }

    /** The problems in the order of the file: the file as a whole first, then by line. */
    private Result done(RuleTable table, String text, RuleTable replaces) {
        errors.sort(java.util.Comparator.comparingInt(RuleFileProblem::line));
        return new Result(errors.isEmpty() ? table : null, text, replaces, List.copyOf(errors), List.copyOf(warnings));
    }

    // ------------------------------------------------------------------ the lines of the file

    /** The file read line by line as {@link RuleFileParser} reads it, keeping line numbers. */
    private static final class Scan {
        final Map<String, Integer> headerLines = new LinkedHashMap<>();
        final Map<String, String> header = new LinkedHashMap<>();
        List<String> columns;
        int columnsLine;
        final List<Integer> rowLines = new ArrayList<>();
        final List<String[]> rows = new ArrayList<>();

        int lineOf(String key) {
            return headerLines.getOrDefault(key, 0);
        }
    }

    private Scan scan(String text) {
        Scan s = new Scan();
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String t = lines[i].strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("#")) {
                int colon = t.indexOf(':');
                if (s.columns == null && colon > 1) {
                    String key = t.substring(1, colon).strip();
                    if (s.header.containsKey(key)) {
                        error(lineNo, key, "duplicate", "表头键 “" + key + "” 重复（首次在第 " + s.headerLines.get(key) + " 行）",
                                "header key '" + key + "' given twice (first on line " + s.headerLines.get(key) + ")");
                    }
                    s.header.put(key, t.substring(colon + 1).strip());
                    s.headerLines.putIfAbsent(key, lineNo);
                }
                continue;
            }
            String[] cells = t.split(",", -1);
            if (s.columns == null) {
                s.columns = new ArrayList<>();
                s.columnsLine = lineNo;
                Set<String> seen = new LinkedHashSet<>();
                for (int c = 0; c < cells.length; c++) {
                    String name = cells[c].strip();
                    if (name.isEmpty()) {
                        error(lineNo, "columns", "required", "第 " + (c + 1) + " 列没有列名", "column " + (c + 1) + " has no name");
                    } else if (!seen.add(name)) {
                        error(lineNo, name, "duplicate", "列名 “" + name + "” 重复", "column name '" + name + "' given twice");
                    }
                    s.columns.add(name);
                }
                continue;
            }
            if (cells.length != s.columns.size()) {
                error(lineNo, "row", "cells", "有 " + cells.length + " 个单元格，表头有 " + s.columns.size() + " 列（单元格中不能有逗号）",
                        cells.length + " cells, the header has " + s.columns.size() + " columns (cells cannot contain commas)");
                continue;
            }
            s.rowLines.add(lineNo);
            s.rows.add(cells);
        }
        if (s.columns == null) {
            error(0, "columns", "required", "文件没有表格：表头（# 键: 值）之后须有一行列名和数据行",
                    "the file has no table: after the header (# key: value) a line of column names and the rows must follow");
        } else if (s.rows.isEmpty() && errors.isEmpty()) {
            error(s.columnsLine, "row", "required", "表格没有数据行", "the table has no rows");
        }
        return s;
    }

    private void headerValues(Scan s) {
        Map<String, String> h = s.header;
        for (String key : REQUIRED) {
            String v = h.get(key);
            if (v == null || v.isBlank()) {
                error(s.lineOf(key), key, "required", "表头须有 “# " + key + ": …”", "the header needs '# " + key + ": …'");
            }
        }
        length(s, "rule", RULE_ID_MAX);
        length(s, "regulation", REGULATION_MAX);
        length(s, "clause", CLAUSE_MAX);
        length(s, "source", SOURCE_MAX);
        String rule = h.get("rule");
        if (rule != null && !rule.isBlank()) {
            Set<String> known = new TreeSet<>();
            editions.forEach(t -> known.add(t.edition().ruleId()));
            if (!known.contains(rule.strip())) {
                error(s.lineOf("rule"), "rule", "known", "未知规则 “" + rule + "”；可加载的规则：" + String.join("、", known),
                        "unknown rule '" + rule + "'; rules that can be loaded: " + String.join(", ", known));
            }
        }
        LocalDate from = date(s, "effective-from");
        LocalDate until = date(s, "effective-until");
        if (from != null && until != null && until.isBefore(from)) {
            error(s.lineOf("effective-until"), "effective-until", "order", "截止日期 " + until + " 早于实施日期 " + from,
                    "effective-until " + until + " is before effective-from " + from);
        }
        String verified = h.get("verified");
        if (verified != null && !verified.isBlank() && !verified.equals("true") && !verified.equals("false")) {
            error(s.lineOf("verified"), "verified", "boolean", "“verified” 须为 true（全部数值已与官方文本核对）或 false，实为 “" + verified + "”",
                    "'verified' must be true (every value read in the official text) or false, got '" + verified + "'");
        }
        boolean standIn = h.keySet().stream().anyMatch(k -> k.startsWith("stand-in"));
        if (standIn && "true".equals(verified)) {
            error(s.lineOf("verified"), "verified", "stand-in", "以其他版本数值代用的版本不能标为已核实（verified: false）",
                    "an edition decided with another edition's values cannot be verified (use verified: false)");
        }
    }

    private void length(Scan s, String key, int max) {
        String v = s.header.get(key);
        if (v != null && v.length() > max) {
            error(s.lineOf(key), key, "length", "“" + key + "” 最多 " + max + " 个字符，实为 " + v.length(),
                    "'" + key + "' has at most " + max + " characters, got " + v.length());
        }
    }

    private LocalDate date(Scan s, String key) {
        String v = s.header.get(key);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v.strip());
            if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                error(s.lineOf(key), key, "range", "“" + key + "” 须在 " + EARLIEST + " 至 " + LATEST + " 之间，实为 " + d,
                        "'" + key + "' must lie between " + EARLIEST + " and " + LATEST + ", got " + d);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            error(s.lineOf(key), key, "date", "“" + key + "” 须为日期 YYYY-MM-DD，实为 “" + v + "”",
                    "'" + key + "' must be a date YYYY-MM-DD, got '" + v + "'");
            return null;
        }
    }

    // ------------------------------------------------------------------ columns and cells

    /**
     * The columns of one of the rule's known layouts must be there, and a cell that every known edition
     * fills (or fills with a number) must be filled (with a number, or NOT_OBTAINED) here too: the compile
     * step below would accept some blanks that only fail at the first decision.
     */
    private void checkColumnsAndCells(Scan s, List<RuleTable> sameRule) {
        if (sameRule.isEmpty()) {
            return;
        }
        Set<String> have = new LinkedHashSet<>(s.columns);
        boolean fits = false;
        List<String> layouts = new ArrayList<>();
        for (RuleTable t : sameRule) {
            String layout = String.join(",", t.columns());
            if (!layouts.contains(layout)) {
                layouts.add(layout);
            }
            fits |= have.containsAll(t.columns());
        }
        if (!fits) {
            error(s.columnsLine, "columns", "layout", "列名与该规则已知的格式不符；须包含其中一种：" + String.join(" ｜ ", layouts),
                    "the columns do not fit a known layout of the rule; include one of: " + String.join(" | ", layouts));
            return;
        }
        for (int c = 0; c < s.columns.size(); c++) {
            String column = s.columns.get(c);
            boolean required = true;
            boolean numeric = true;
            int seen = 0;
            for (RuleTable t : sameRule) {
                if (!t.columns().contains(column)) {
                    continue;
                }
                for (Map<String, String> row : t.rows()) {
                    String v = row.get(column);
                    seen++;
                    if (v == null || v.isBlank()) {
                        required = false;
                    } else if (!isNumber(v) && !NOT_OBTAINED.equals(v.strip().toUpperCase(Locale.ROOT))) {
                        numeric = false;
                    }
                }
            }
            if (seen == 0) {
                continue;
            }
            for (int r = 0; r < s.rows.size(); r++) {
                String v = s.rows.get(r)[c].strip();
                if (v.isEmpty()) {
                    if (required) {
                        error(s.rowLines.get(r), column, "required", "“" + column + "” 不能为空", "'" + column + "' must not be blank");
                    }
                } else if (numeric && !isNumber(v) && !NOT_OBTAINED.equals(v.toUpperCase(Locale.ROOT))) {
                    error(s.rowLines.get(r), column, "number", "“" + column + "” 须为数值（或 NOT_OBTAINED），实为 “" + v + "”",
                            "'" + column + "' must be a number (or NOT_OBTAINED), got '" + v + "'");
                }
            }
        }
    }

    private static boolean isNumber(String v) {
        try {
            new BigDecimal(v.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ the book and the compile path

    /** Whether the book takes the edition: its dates must not overlap another edition's (RuleBook refuses). */
    private boolean fitsTheBook(Scan s, RuleTable table, RuleTable replaces) {
        try {
            book(table, replaces);
            return true;
        } catch (RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (m.contains("overlap")) {
                error(s.lineOf("effective-from"), "effective-from", "overlap", "实施期与同一规则的其他版本重叠：" + m,
                        "the dates overlap another edition of the rule: " + m);
            } else {
                error(0, "file", "book", "该版本无法加入规则库：" + m, "the edition cannot join the rule book: " + m);
            }
            return false;
        }
    }

    private RuleBook book(RuleTable table, RuleTable replaces) {
        List<RuleTable> all = new ArrayList<>(editions.size() + 1);
        for (RuleTable t : editions) {
            if (t != replaces) {
                all.add(t);
            }
        }
        all.add(table);
        return new RuleBook(all);
    }

    /**
     * Compiles the rule with the new edition in its book. When that fails, the header alone (no rows) is
     * tried, then each row alone, so the error names the lines that break the compile; what fails without
     * rows is a header or parameter problem of the file as a whole.
     */
    private void compile(Scan s, RuleTable table, RuleTable replaces) {
        String failure = compileFailure(table, replaces);
        if (failure == null) {
            return;
        }
        RuleTable empty = new RuleTable(table.edition(), table.columns(), List.of(), table.parameters());
        String headerFailure = compileFailure(empty, replaces);
        List<Integer> badRows = new ArrayList<>();
        if (headerFailure == null) {
            for (int r = 0; r < table.rows().size(); r++) {
                RuleTable one = new RuleTable(table.edition(), table.columns(), List.of(table.rows().get(r)), table.parameters());
                String rowFailure = compileFailure(one, replaces);
                if (rowFailure != null) {
                    badRows.add(r);
                    error(s.rowLines.get(r), "row", "compiles", "该行无法用于判定（" + table.edition().ruleId() + "）：" + rowFailure,
                            "this row cannot be used to decide (" + table.edition().ruleId() + "): " + rowFailure);
                }
            }
        }
        if (badRows.isEmpty()) {
            String m = headerFailure != null ? headerFailure : failure;
            error(0, "file", "compiles", "文件无法用于判定（" + table.edition().ruleId() + "）：" + m,
                    "the file cannot be used to decide (" + table.edition().ruleId() + "): " + m);
        }
    }

    /** The message of the compile path's refusal, or null when the rule compiles with this table. */
    private String compileFailure(RuleTable table, RuleTable replaces) {
        try {
            RuleBook book = book(table, replaces);
            COMPILE.apply(table).accept(book);
            return null;
        } catch (RuntimeException e) {
            return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** The compile path of each rule: what the decisions call to read its table. */
    private static final Function<RuleTable, java.util.function.Consumer<RuleBook>> COMPILE = table -> {
        String rule = table.edition().ruleId();
        LocalDate from = table.edition().effectiveFrom();
        if (MpeTables.ruleIds().contains(rule)) {
            return MpeTables::of;
        } else if (TolerableShortfalls.RULE.equals(rule)) {
            return book -> {
                TolerableShortfalls.from(table);
                LotInspection.inForce(book, from);
            };
        } else if (SamplingPlans.RULE.equals(rule)) {
            return book -> {
                SamplingPlans.from(table);
                LotInspection.inForce(book, from);
            };
        } else if (PerformanceCriteria.RULE_ID.equals(rule)) {
            return book -> PerformanceCriteria.from(table);
        }
        return book -> book.inForce(rule, from);
    };

    private void error(int line, String field, String rule, String zh, String en) {
        errors.add(new RuleFileProblem(line, field, rule, zh, en));
    }

    private void warn(int line, String field, String rule, String zh, String en) {
        warnings.add(new RuleFileProblem(line, field, rule, zh, en));
    }
}
