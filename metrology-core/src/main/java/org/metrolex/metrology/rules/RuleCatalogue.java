package org.metrolex.metrology.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of every rule the library applies (docs/rules.md): the rule tables of a
 * {@link RuleBook}, edition by edition, and the formula rules listed in {@code rules/formulas.psv}
 * (rules that are a formula rather than a table, such as En or Algorithm A), pipe-separated.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    /** The formula rules: {@code rules/formulas.psv}, pipe-separated, first line the column names. */
    public static List<Map<String, String>> formulas() {
        try (InputStream in = RuleCatalogue.class.getClassLoader().getResourceAsStream("rules/formulas.psv")) {
            if (in == null) {
                return List.of();
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            String[] header = lines.get(0).split("\\|", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\\|", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].strip(), i < cells.length ? cells[i].strip() : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String markdown(RuleBook book, List<Map<String, String>> formulas) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Rules catalogue\n\n")
          .append("Generated from the rule files shipped in `metrology-core/src/main/resources/rules/` by\n")
          .append("`RuleCatalogueTests` (run `mvn -pl metrology-core test -Dmetrolex.updateDocs=true` after changing a rule\n")
          .append("file). \"verified\" means every value was read in the official text ([V], or [C] computed from it);\n")
          .append("unverified rules ([S] secondary source, [M] recalled) are applied but every result that uses them\n")
          .append("is marked unverified. An administrator adds a newer edition as a rule file, without a code change.\n\n")
          .append("## Rule tables, by edition\n\n")
          .append("| rule | regulation | clause | in force | verified | rows | source |\n")
          .append("|---|---|---|---|---|---|---|\n");
        List<RuleTable> tables = book.all().stream()
                .sorted(Comparator.comparing((RuleTable t) -> t.edition().ruleId()).thenComparing(t -> t.edition().effectiveFrom()))
                .toList();
        for (RuleTable t : tables) {
            RuleEdition e = t.edition();
            sb.append("| `").append(e.ruleId()).append("` | ").append(e.regulation()).append(" | ")
              .append(cell(e.clause())).append(" | ").append(e.effectiveFrom()).append(" – ")
              .append(e.effectiveUntil() == null ? "" : e.effectiveUntil().toString()).append(" | ")
              .append(e.verified() ? "yes" : "**no**").append(" | ").append(t.rows().size()).append(" | ")
              .append(cell(e.source())).append(" |\n");
        }
        sb.append("\n## Formula rules\n\n")
          .append("| rule | regulation | clause | verified | implemented by | note |\n")
          .append("|---|---|---|---|---|---|\n");
        for (var row : formulas) {
            sb.append("| `").append(row.get("rule")).append("` | ").append(row.get("regulation")).append(" | ")
              .append(cell(row.get("clause"))).append(" | ")
              .append(Boolean.parseBoolean(row.get("verified")) ? "yes" : "**no**").append(" | `")
              .append(row.get("implementedBy")).append("` | ").append(cell(row.get("note"))).append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|");
    }
}
