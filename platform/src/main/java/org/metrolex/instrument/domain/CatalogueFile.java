package org.metrolex.instrument.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the shipped catalogue (resource {@code instrument/catalogue.csv}): comma-separated with a
 * header, double quotes around cells that hold commas, {@code #} lines are comments. An empty rule cell
 * stays null ("not obtained"). A malformed line stops the start-up with its line number, because a
 * catalogue that silently lost a row would let an instrument go unsupervised.
 */
public final class CatalogueFile {

    private static final List<String> HEADER = List.of("code", "name_zh", "name_en", "supervision_mode",
            "verification_mode", "interval_months", "service_life_years", "uses", "regulation", "source",
            "verified", "note");

    public static List<InstrumentCategory> parse(List<String> lines) {
        List<InstrumentCategory> out = new ArrayList<>();
        boolean headerSeen = false;
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line);
            if (!headerSeen) {
                if (!cells.equals(HEADER)) {
                    throw new IllegalArgumentException("catalogue line " + n + ": header must be " + String.join(",", HEADER));
                }
                headerSeen = true;
                continue;
            }
            if (cells.size() != HEADER.size()) {
                throw new IllegalArgumentException("catalogue line " + n + ": " + cells.size() + " cells, expected " + HEADER.size());
            }
            try {
                Set<InstrumentUse> uses = new LinkedHashSet<>();
                for (String u : cells.get(7).split(";")) {
                    InstrumentUse use = InstrumentUse.parse(u);
                    if (use == null) {
                        throw new IllegalArgumentException("unknown use " + u);
                    }
                    uses.add(use);
                }
                out.add(new InstrumentCategory(cells.get(0), cells.get(1), cells.get(2), blankToNull(cells.get(3)),
                        VerificationMode.parse(cells.get(4)), integer(cells.get(5)), integer(cells.get(6)), uses,
                        blankToNull(cells.get(8)), cells.get(9), Boolean.parseBoolean(cells.get(10)), blankToNull(cells.get(11))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("catalogue line " + n + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return Arrays.asList(cells.toArray(String[]::new));
    }

    private static Integer integer(String s) {
        return s.isBlank() ? null : Integer.valueOf(s.strip());
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private CatalogueFile() {
    }
}
