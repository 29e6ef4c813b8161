package org.metrolex.rules.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.metrolex.metrology.rules.RuleTable;
import org.metrolex.rules.domain.RuleFileLines.Scan;

/** The header of a rule file: required keys, lengths, a known rule, dates in range and in order, the verified flag. */
final class RuleFileHeader {

    private RuleFileHeader() {
    }

    static void check(Scan s, List<RuleTable> editions, RuleFileProblems problems) {
        Map<String, String> h = s.header;
        for (String key : RuleFileCheck.REQUIRED) {
            String v = h.get(key);
            if (v == null || v.isBlank()) {
                problems.error(s.lineOf(key), key, "required", "表头须有 “# " + key + ": …”", "the header needs '# " + key + ": …'");
            }
        }
        length(s, "rule", RuleFileCheck.RULE_ID_MAX, problems);
        length(s, "regulation", RuleFileCheck.REGULATION_MAX, problems);
        length(s, "clause", RuleFileCheck.CLAUSE_MAX, problems);
        length(s, "source", RuleFileCheck.SOURCE_MAX, problems);
        String rule = h.get("rule");
        if (rule != null && !rule.isBlank()) {
            Set<String> known = new TreeSet<>();
            editions.forEach(t -> known.add(t.edition().ruleId()));
            if (!known.contains(rule.strip())) {
                problems.error(s.lineOf("rule"), "rule", "known", "未知规则 “" + rule + "”；可加载的规则：" + String.join("、", known),
                        "unknown rule '" + rule + "'; rules that can be loaded: " + String.join(", ", known));
            }
        }
        LocalDate from = date(s, "effective-from", problems);
        LocalDate until = date(s, "effective-until", problems);
        if (from != null && until != null && until.isBefore(from)) {
            problems.error(s.lineOf("effective-until"), "effective-until", "order", "截止日期 " + until + " 早于实施日期 " + from,
                    "effective-until " + until + " is before effective-from " + from);
        }
        String verified = h.get("verified");
        if (verified != null && !verified.isBlank() && !verified.equals("true") && !verified.equals("false")) {
            problems.error(s.lineOf("verified"), "verified", "boolean", "“verified” 须为 true（全部数值已与官方文本核对）或 false，实为 “" + verified + "”",
                    "'verified' must be true (every value read in the official text) or false, got '" + verified + "'");
        }
        boolean standIn = h.keySet().stream().anyMatch(k -> k.startsWith("stand-in"));
        if (standIn && "true".equals(verified)) {
            problems.error(s.lineOf("verified"), "verified", "stand-in", "以其他版本数值代用的版本不能标为已核实（verified: false）",
                    "an edition decided with another edition's values cannot be verified (use verified: false)");
        }
    }

    private static void length(Scan s, String key, int max, RuleFileProblems problems) {
        String v = s.header.get(key);
        if (v != null && v.length() > max) {
            problems.error(s.lineOf(key), key, "length", "“" + key + "” 最多 " + max + " 个字符，实为 " + v.length(),
                    "'" + key + "' has at most " + max + " characters, got " + v.length());
        }
    }

    private static LocalDate date(Scan s, String key, RuleFileProblems problems) {
        String v = s.header.get(key);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v.strip());
            if (d.isBefore(RuleFileCheck.EARLIEST) || d.isAfter(RuleFileCheck.LATEST)) {
                problems.error(s.lineOf(key), key, "range", "“" + key + "” 须在 " + RuleFileCheck.EARLIEST + " 至 " + RuleFileCheck.LATEST + " 之间，实为 " + d,
                        "'" + key + "' must lie between " + RuleFileCheck.EARLIEST + " and " + RuleFileCheck.LATEST + ", got " + d);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.error(s.lineOf(key), key, "date", "“" + key + "” 须为日期 YYYY-MM-DD，实为 “" + v + "”",
                    "'" + key + "' must be a date YYYY-MM-DD, got '" + v + "'");
            return null;
        }
    }
}
