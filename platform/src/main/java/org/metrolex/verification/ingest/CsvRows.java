package org.metrolex.verification.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.text.Labels;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 4180 CSV records (comma, double quotes, doubled quotes inside quotes, CRLF or LF; a quoted field may
 * span lines). The first line names the columns: {@link #COLUMNS}, in any order, case and underscores
 * ignored ({@code instrument_id} = {@code instrumentId}). {@code readings} is the JSON object of the
 * single-record API (family SCALE or FUEL_DISPENSER); {@code standardIds} lists ids separated by
 * {@code ;} or spaces.
 */
final class CsvRows extends RowSource {

    static final List<String> COLUMNS = List.of("instrumentId", "verificationDate", "verifierId", "standardIds", "feeYuan",
            "feeWaived", "conclusion", "readings", "checkerId", "approverId");
    private static final List<String> REQUIRED = List.of("instrumentId", "verificationDate", "verifierId", "standardIds", "readings");

    private final RowFields fields;
    /** Index of each of {@link #COLUMNS} in a record, -1 if absent. */
    private final int[] index = new int[COLUMNS.size()];
    private int width;
    private boolean headerRead;
    private final StringBuilder field = new StringBuilder(256);

    CsvRows(Reader in, JsonMapper json, Labels labels) {
        super(in);
        this.fields = new RowFields(json, labels);
    }

    @Override
    BulkRow next() throws IOException {
        if (!headerRead) {
            header();
        }
        List<String> record;
        long start;
        do {
            start = line;
            record = record();
            if (record == null) {
                return null;
            }
        } while (record.size() == 1 && record.get(0).isBlank());
        if (record.size() != width) {
            return new BulkRow(start, null, null, null, null, null, null, null, null, null, null, List.of(new FieldError("line", "columns",
                    "第 " + start + " 行有 " + record.size() + " 列，表头有 " + width + " 列",
                    "line " + start + " has " + record.size() + " columns, the header has " + width)));
        }
        return fields.row(start, col(record, 0), col(record, 1), col(record, 2), col(record, 3), col(record, 4), col(record, 5),
                col(record, 6), col(record, 7), null, col(record, 8), col(record, 9));
    }

    private String col(List<String> record, int c) {
        return index[c] < 0 ? null : record.get(index[c]);
    }

    private void header() throws IOException {
        headerRead = true;
        if (peek() == '\uFEFF') {
            read();
        }
        List<String> names = record();
        if (names == null) {
            throw new BulkBodyException(1, "CSV 为空：缺少表头行", "the CSV is empty: the header line is missing");
        }
        java.util.Arrays.fill(index, -1);
        width = names.size();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).strip().replace("_", "").toLowerCase(Locale.ROOT);
            int c = -1;
            for (int k = 0; k < COLUMNS.size(); k++) {
                if (COLUMNS.get(k).toLowerCase(Locale.ROOT).equals(n)) {
                    c = k;
                }
            }
            if (c < 0) {
                throw new BulkBodyException(1, "表头第 " + (i + 1) + " 列“" + names.get(i) + "”不是已知列；可用列：" + COLUMNS,
                        "header column " + (i + 1) + " '" + names.get(i) + "' is not a known column; known: " + COLUMNS);
            }
            if (index[c] >= 0) {
                throw new BulkBodyException(1, "表头列“" + COLUMNS.get(c) + "”重复", "header column '" + COLUMNS.get(c) + "' appears twice");
            }
            index[c] = i;
        }
        for (String r : REQUIRED) {
            if (index[COLUMNS.indexOf(r)] < 0) {
                throw new BulkBodyException(1, "表头缺少必需列“" + r + "”", "the header lacks the required column '" + r + "'");
            }
        }
    }

    /** One record's fields, or null at the end of the body. */
    private List<String> record() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        long start = line;
        List<String> out = new ArrayList<>(COLUMNS.size());
        field.setLength(0);
        int total = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (++total > MAX_RECORD_CHARS) {
                throw new BulkBodyException(start, "第 " + start + " 行的记录超过 " + MAX_RECORD_CHARS + " 个字符",
                        "the record at line " + start + " is longer than " + MAX_RECORD_CHARS + " characters");
            }
            if (quoted) {
                if (c < 0) {
                    throw new BulkBodyException(start, "第 " + start + " 行开始的引号未闭合，文件不完整",
                            "the quote opened in the record at line " + start + " is never closed: the body is incomplete");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c < 0) {
                out.add(field.toString());
                return out;
            } else if (c == '\r' && (peek() == '\n' || peek() < 0)) {
                // CRLF: the LF ends the record
            } else {
                field.append((char) c);
                fieldStart = false;
            }
            c = read();
        }
    }
}
