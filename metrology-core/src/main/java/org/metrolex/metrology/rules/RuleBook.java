package org.metrolex.metrology.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * All editions of all rule tables, and the choice of the edition in force on a date. The shipped
 * tables are listed in {@code rules/index.txt}; an administrator adds a newer edition as a rule file
 * ({@link #with}) — no code change — and decisions dated after its effective date use it.
 */
public final class RuleBook {

    private static final String INDEX = "rules/index.txt";

    private final Map<String, List<RuleTable>> byRule;

    public RuleBook(List<RuleTable> tables) {
        Map<String, List<RuleTable>> m = new LinkedHashMap<>();
        for (RuleTable t : tables) {
            m.computeIfAbsent(t.edition().ruleId(), k -> new ArrayList<>()).add(t);
        }
        for (var e : m.entrySet()) {
            e.getValue().sort(Comparator.comparing(t -> t.edition().effectiveFrom()));
            checkNoOverlap(e.getKey(), e.getValue());
            linkStandIns(e.getKey(), e.getValue());
        }
        this.byRule = m;
    }

    /** The tables that ship with the library. */
    public static RuleBook shipped() {
        return Shipped.BOOK;
    }

    private static final class Shipped {
        static final RuleBook BOOK = new RuleBook(readShipped());
    }

    private static List<RuleTable> readShipped() {
        List<RuleTable> tables = new ArrayList<>();
        for (String file : index()) {
            String resource = "rules/" + file;
            try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(INDEX + " names " + file + ", which is missing");
                }
                tables.add(RuleFileParser.parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
        return tables;
    }

    private static List<String> index() {
        try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(INDEX, e);
        }
    }

    /** A book with one more edition (e.g. an administrator's newer table). */
    public RuleBook with(RuleTable table) {
        List<RuleTable> all = new ArrayList<>();
        byRule.values().forEach(all::addAll);
        all.add(table);
        return new RuleBook(all);
    }

    /** The edition of {@code ruleId} in force on {@code date}. */
    public RuleTable inForce(String ruleId, LocalDate date) {
        for (RuleTable t : editions(ruleId)) {
            if (t.edition().inForceOn(date)) {
                return t;
            }
        }
        throw new NoRuleInForceException(ruleId, date);
    }

    public List<RuleTable> editions(String ruleId) {
        return List.copyOf(byRule.getOrDefault(ruleId, List.of()));
    }

    public Set<String> ruleIds() {
        return new TreeSet<>(byRule.keySet());
    }

    public List<RuleTable> all() {
        List<RuleTable> all = new ArrayList<>();
        byRule.values().forEach(all::addAll);
        return all;
    }

    /**
     * Editions of one rule must not overlap: on any date at most one is in force. An open-ended edition
     * followed by a newer one is closed the day before the newer one takes effect.
     */
    private static void checkNoOverlap(String ruleId, List<RuleTable> editions) {
        for (int i = 1; i < editions.size(); i++) {
            RuleEdition prev = editions.get(i - 1).edition();
            RuleEdition next = editions.get(i).edition();
            if (prev.effectiveUntil() == null) {
                editions.set(i - 1, new RuleTable(prev.until(next.effectiveFrom().minusDays(1)),
                        editions.get(i - 1).columns(), editions.get(i - 1).rows(), editions.get(i - 1).parameters()));
            } else if (!prev.effectiveUntil().isBefore(next.effectiveFrom())) {
                throw new IllegalArgumentException("editions of " + ruleId + " overlap: " + prev.regulation()
                        + " until " + prev.effectiveUntil() + ", " + next.regulation() + " from " + next.effectiveFrom());
            }
        }
    }

    /**
     * An edition whose table was not obtained and carries the values of an earlier edition of the same
     * rule names it in its header ({@code # stand-in-edition: JJF 1070-2005}); it then decides as a
     * stand-in, and every result that cites it says whose values decided (docs/rules.md).
     */
    private static void linkStandIns(String ruleId, List<RuleTable> editions) {
        for (int i = 0; i < editions.size(); i++) {
            RuleTable t = editions.get(i);
            String from = t.parameter(STAND_IN_EDITION, null);
            if (from == null) {
                continue;
            }
            RuleEdition values = null;
            for (RuleTable other : editions) {
                if (other != t && other.edition().regulation().equals(from)) {
                    values = other.edition();
                }
            }
            if (values == null) {
                throw new IllegalArgumentException(ruleId + " " + t.edition().regulation() + ": " + STAND_IN_EDITION + " names "
                        + from + ", which is not an edition of " + ruleId);
            }
            editions.set(i, new RuleTable(t.edition().standInWith(values), t.columns(), t.rows(), t.parameters()));
        }
    }

    /** Header key of an edition whose values are those of another edition of the same rule. */
    public static final String STAND_IN_EDITION = "stand-in-edition";

    /** Header key of an edition whose values were not obtained and whose decisions use another rule in force. */
    public static final String STAND_IN_RULE = "stand-in-rule";
}
