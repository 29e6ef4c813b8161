package org.metrolex.rules.domain;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.metrology.comparison.PerformanceCriteria;
import org.metrolex.metrology.mpe.MpeTables;
import org.metrolex.metrology.prepackage.LotInspection;
import org.metrolex.metrology.prepackage.SamplingPlans;
import org.metrolex.metrology.prepackage.TolerableShortfalls;
import org.metrolex.metrology.rules.RuleFileParser;
import org.metrolex.metrology.rules.RuleTable;
import org.metrolex.rules.domain.RuleFileLines.Scan;

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
    static final List<String> REQUIRED = List.of("rule", "regulation", "effective-from", "verified");

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
    private final RuleFileProblems problems = new RuleFileProblems();

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

    /** The steps in order: the file, its lines and header, its cells, the format, the book, the compile path. */
    private Result run(byte[] bytes) {
        String text = text(bytes);
        if (text == null) {
            return done(null, null, null);
        }
        Scan scan = RuleFileLines.scan(text, problems);
        RuleFileHeader.check(scan, editions, problems);
        String ruleId = scan.header.getOrDefault("rule", "").strip();
        List<RuleTable> sameRule = editions.stream().filter(t -> t.edition().ruleId().equals(ruleId)).toList();
        if (scan.columns != null) {
            RuleFileCells.check(scan, sameRule, problems);
        }
        if (!problems.none()) {
            return done(null, text, null);
        }
        RuleTable table;
        try {
            table = RuleFileParser.parse(fileName, new StringReader(text));
        } catch (RuntimeException e) {
            problems.error(0, "file", "format", "规则文件格式不正确：" + e.getMessage(), "the rule file is not in the rule file format: " + e.getMessage());
            return done(null, text, null);
        }
        RuleTable replaces = sameRule.stream().filter(t -> t.edition().regulation().equals(table.edition().regulation()))
                .findFirst().orElse(null);
        RuleFileCompile compile = new RuleFileCompile(editions, problems);
        if (!compile.fitsTheBook(scan, table, replaces)) {
            return done(null, text, replaces);
        }
        compile.compile(scan, table, replaces);
        if (!problems.none()) {
            return done(null, text, replaces);
        }
        warnings(scan, table, replaces);
        return done(table, text, replaces);
    }

    /** The file's name and size, and its bytes as UTF-8 text without a byte-order mark; null when they cannot be read. */
    private String text(byte[] bytes) {
        if (fileName == null || fileName.isBlank()) {
            problems.error(0, "file", "required", "文件名必填", "the file name is required");
        } else if (fileName.length() > FILE_NAME_MAX) {
            problems.error(0, "file", "length", "文件名最多 " + FILE_NAME_MAX + " 个字符", "the file name has at most " + FILE_NAME_MAX + " characters");
        }
        if (bytes == null || bytes.length == 0) {
            problems.error(0, "file", "required", "请选择规则文件（不能为空）", "choose a rule file (it must not be empty)");
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            problems.error(0, "file", "size", "规则文件不能超过 " + MAX_BYTES / 1024 + " KiB，实为 " + bytes.length / 1024 + " KiB",
                    "a rule file has at most " + MAX_BYTES / 1024 + " KiB, this one has " + bytes.length / 1024 + " KiB");
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.error(0, "file", "encoding", "规则文件须为 UTF-8 编码文本", "a rule file must be UTF-8 text");
            return null;
        }
    }

    /** What the administrator should know about a file that passes: a past effective date, an edition replaced. */
    private void warnings(Scan scan, RuleTable table, RuleTable replaces) {
        if (!table.edition().effectiveFrom().isAfter(today)) {
            problems.warn(scan.lineOf("effective-from"), "effective-from", "past",
                    "实施日期 " + table.edition().effectiveFrom() + " 不晚于今天：今后判定的、日期在此之后的检定使用本版本；已作出的判定保留原版本，仅在明确“重新判定”时改变",
                    "effective from " + table.edition().effectiveFrom() + ", not after today: decisions made from now on and dated from then"
                            + " use this edition; decisions already made keep their edition and change only when re-decided explicitly");
        }
        if (replaces != null) {
            problems.warn(0, "regulation", "replaces", "替换现有版本 " + replaces.edition().regulation() + "（同一规则、同一版本号）；已作出的判定不变",
                    "replaces the current " + replaces.edition().regulation() + " (same rule, same edition); decisions already made do not change");
        }
    }

    private Result done(RuleTable table, String text, RuleTable replaces) {
        List<RuleFileProblem> errors = problems.sortedErrors();
        return new Result(errors.isEmpty() ? table : null, text, replaces, errors, List.copyOf(problems.warnings));
    }
}
