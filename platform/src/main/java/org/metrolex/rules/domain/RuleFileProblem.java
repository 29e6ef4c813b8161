package org.metrolex.rules.domain;

/**
 * One thing wrong (or worth knowing) about an uploaded rule file, in both languages.
 *
 * @param line  1-based line of the file, or 0 when it concerns the file or its header as a whole
 * @param field the header key ({@code effective-from}), the column ({@code mpe_e}) or {@code file}
 * @param rule  what was broken, e.g. {@code required}, {@code date}, {@code overlap}, {@code compiles}
 */
public record RuleFileProblem(int line, String field, String rule, String messageZh, String messageEn) implements java.io.Serializable {

    /** "第 12 行" / "line 12", or "" for the file as a whole. */
    public String whereZh() {
        return line > 0 ? "第 " + line + " 行" : "";
    }

    public String whereEn() {
        return line > 0 ? "line " + line : "";
    }
}
