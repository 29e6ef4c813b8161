package org.metrolex.verification.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.verification.Readings;
import org.metrolex.platform.text.Labels;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON lines: one object per line with the fields of {@link CsvRows#COLUMNS}; {@code readings} is an
 * object, {@code standardIds} an array of ids. Blank lines are skipped. A line that is not a JSON object
 * of that shape is a rejected row (field {@code line}, rule {@code json}), not a failed batch.
 */
final class NdjsonRows extends RowSource {

    /** The shape of one line; scalars are read as text and checked by {@link RowFields} like CSV cells. */
    record Line(String instrumentId, String verificationDate, String verifierId, List<String> standardIds, String feeYuan,
                String feeWaived, String conclusion, Readings readings, String checkerId, String approverId) {
    }

    private final JsonMapper json;
    private final RowFields fields;
    private final StringBuilder text = new StringBuilder(1024);

    NdjsonRows(Reader in, JsonMapper json, Labels labels) {
        super(in);
        this.json = json;
        this.fields = new RowFields(json, labels);
    }

    @Override
    BulkRow next() throws IOException {
        while (true) {
            long start = line;
            text.setLength(0);
            int c = read();
            if (c < 0) {
                return null;
            }
            if (start == 1 && c == '\uFEFF') {
                c = read();
            }
            while (c >= 0 && c != '\n') {
                if (text.length() >= MAX_RECORD_CHARS) {
                    throw new BulkBodyException(start, "第 " + start + " 行超过 " + MAX_RECORD_CHARS + " 个字符",
                            "line " + start + " is longer than " + MAX_RECORD_CHARS + " characters");
                }
                text.append((char) c);
                c = read();
            }
            String s = text.toString().strip();
            if (s.isEmpty()) {
                continue;
            }
            Line l;
            try {
                l = json.readValue(s, Line.class);
            } catch (JacksonException e) {
                String field = e.getPath().isEmpty() || e.getPath().get(0).getPropertyName() == null ? "line"
                        : e.getPath().get(0).getPropertyName();
                String m = e.getOriginalMessage();
                m = m == null ? "" : m.length() > 200 ? m.substring(0, 200) : m;
                return new BulkRow(start, null, null, null, null, null, null, null, null, null, null, List.of(new FieldError(field, "json",
                        "第 " + start + " 行不是所需格式的 JSON 对象：" + m, "line " + start + " is not a JSON object of the expected shape: " + m)));
            }
            if (l == null) {
                return new BulkRow(start, null, null, null, null, null, null, null, null, null, null, List.of(new FieldError("line", "json",
                        "第 " + start + " 行不是 JSON 对象", "line " + start + " is not a JSON object")));
            }
            return fields.row(start, l.instrumentId(), l.verificationDate(), l.verifierId(),
                    l.standardIds() == null ? null : String.join(";", l.standardIds().stream().map(String::valueOf).toList()),
                    l.feeYuan(), l.feeWaived(), l.conclusion(), null, l.readings(), l.checkerId(), l.approverId());
        }
    }
}
