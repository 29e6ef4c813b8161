package org.metrolex.metrology.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a rule file: header lines {@code # key: value}, then a CSV table (first line the column
 * names; no quoting — cells never contain commas). Required header keys: {@code rule},
 * {@code regulation}, {@code effective-from}, {@code verified}; optional {@code clause},
 * {@code effective-until}, {@code source}. Any other header key becomes a table parameter. Lines
 * starting with {@code #} after the header are comments (they cite the clause of a row).
 */
public final class RuleFileParser {

    private RuleFileParser() {
    }

    public static RuleTable parse(String name, Reader reader) {
        try (BufferedReader in = new BufferedReader(reader)) {
            Map<String, String> header = new LinkedHashMap<>();
            List<String> columns = null;
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (t.startsWith("#")) {
                    int colon = t.indexOf(':');
                    if (columns == null && colon > 1) {
                        header.put(t.substring(1, colon).strip(), t.substring(colon + 1).strip());
                    }
                    continue;
                }
                String[] cells = t.split(",", -1);
                if (columns == null) {
                    columns = List.of(cells).stream().map(String::strip).toList();
                    continue;
                }
                if (cells.length != columns.size()) {
                    throw new IllegalArgumentException(name + " line " + lineNo + ": " + cells.length
                            + " cells, header has " + columns.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    row.put(columns.get(i), cells[i].strip());
                }
                rows.add(row);
            }
            if (columns == null) {
                throw new IllegalArgumentException(name + ": no table");
            }
            RuleEdition edition = new RuleEdition(
                    required(name, header, "rule"), required(name, header, "regulation"), header.remove("clause"),
                    LocalDate.parse(required(name, header, "effective-from")),
                    header.containsKey("effective-until") ? LocalDate.parse(header.remove("effective-until")) : null,
                    Boolean.parseBoolean(required(name, header, "verified")), header.remove("source"));
            return new RuleTable(edition, columns, rows, header);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    private static String required(String name, Map<String, String> header, String key) {
        String v = header.remove(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(name + ": header '# " + key + ": …' is required");
        }
        return v;
    }
}
