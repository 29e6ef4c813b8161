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
          .append("is marked unverified. An administrator adds a newer edition as a rule file, without a code change\n")
          .append("(in the platform: the rule editions page, at run time, audited and versioned).\n\n")
          .append("## Editions not obtained\n\n")
          .append("One policy for every rule family (ADR 0018). The law requires verification to go on under the edition in\n")
          .append("force on the date; where that edition's values were not obtained, Metrolex decides with the values of the\n")
          .append("last obtained edition of the same rule — for price-computing scales (JJG 1204-2025), the non-automatic\n")
          .append("weighing rule in force (JJG 539-2016, which follows OIML R 76-1) — as an **unverified stand-in**, never\n")
          .append("silently: the result, the certificate and the page name the edition in force and whose values decided,\n")
          .append("in plain words (\"JJG 1204-2025 in force; its tables not obtained; decided with JJG 539-2016 values,\n")
          .append("unverified\"). A rule file declares it with `# stand-in-edition: <regulation>` (its rows copy that edition's\n")
          .append("values) or `# stand-in-rule: <rule>` (no values; the named rule in force decides); a row marked\n")
          .append("`NOT_OBTAINED` is decided with the last earlier edition that gives it. Refused still: a value that no\n")
          .append("edition gives (nothing to stand in), and dates on which it is not known which edition was in force\n")
          .append("(`edition-uncertain-until`, historical dates only). When the official table is loaded, it decides from\n")
          .append("its effective date; decisions already made keep the edition that made them.\n\n")
          .append("## Rule tables, by edition\n\n")
          .append("| rule | regulation | clause | in force | status | rows | source |\n")
          .append("|---|---|---|---|---|---|---|\n");
        List<RuleTable> tables = book.all().stream()
                .sorted(Comparator.comparing((RuleTable t) -> t.edition().ruleId()).thenComparing(t -> t.edition().effectiveFrom()))
                .toList();
        for (RuleTable t : tables) {
            RuleEdition e = t.edition();
            sb.append("| `").append(e.ruleId()).append("` | ").append(e.regulation()).append(" | ")
              .append(cell(e.clause())).append(" | ").append(e.effectiveFrom()).append(" – ")
              .append(e.effectiveUntil() == null ? "" : e.effectiveUntil().toString()).append(" | ")
              .append(status(t)).append(" | ").append(t.rows().size()).append(" | ")
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

    /** verified, unverified, or a stand-in naming whose values decide. */
    public static String status(RuleTable t) {
        if (t.edition().isStandIn()) {
            return "**stand-in** (" + t.edition().decidedWith().regulation() + " values)";
        }
        if (t.isStandIn()) {
            return "**stand-in** (rule `" + t.parameter(RuleBook.STAND_IN_RULE) + "` in force)";
        }
        return t.edition().verified() ? "verified" : "**unverified**";
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|");
    }
}
