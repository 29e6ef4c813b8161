package org.metrolex.rules.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metrolex.metrology.rules.RuleFileParser;

/** The first step of {@link RuleFileCheck}: the header keys and the table's lines, with their line numbers. */
final class RuleFileLines {

    private RuleFileLines() {
    }

    /** The file read line by line as {@link RuleFileParser} reads it, keeping line numbers. */
    static final class Scan {
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

    static Scan scan(String text, RuleFileProblems problems) {
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
                        problems.error(lineNo, key, "duplicate", "表头键 “" + key + "” 重复（首次在第 " + s.headerLines.get(key) + " 行）",
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
                        problems.error(lineNo, "columns", "required", "第 " + (c + 1) + " 列没有列名", "column " + (c + 1) + " has no name");
                    } else if (!seen.add(name)) {
                        problems.error(lineNo, name, "duplicate", "列名 “" + name + "” 重复", "column name '" + name + "' given twice");
                    }
                    s.columns.add(name);
                }
                continue;
            }
            if (cells.length != s.columns.size()) {
                problems.error(lineNo, "row", "cells", "有 " + cells.length + " 个单元格，表头有 " + s.columns.size() + " 列（单元格中不能有逗号）",
                        cells.length + " cells, the header has " + s.columns.size() + " columns (cells cannot contain commas)");
                continue;
            }
            s.rowLines.add(lineNo);
            s.rows.add(cells);
        }
        if (s.columns == null) {
            problems.error(0, "columns", "required", "文件没有表格：表头（# 键: 值）之后须有一行列名和数据行",
                    "the file has no table: after the header (# key: value) a line of column names and the rows must follow");
        } else if (s.rows.isEmpty() && problems.none()) {
            problems.error(s.columnsLine, "row", "required", "表格没有数据行", "the table has no rows");
        }
        return s;
    }
}
