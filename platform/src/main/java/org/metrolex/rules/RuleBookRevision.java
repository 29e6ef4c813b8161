package org.metrolex.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metrolex.metrology.conformity.Conformity;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleEdition;
import org.metrolex.metrology.rules.RuleTable;
import org.metrolex.rules.domain.LoadedEdition;

/**
 * The rule book as it stood after one load: the shipped editions with, per rule and regulation, the
 * latest version loaded up to then. {@link #number()} is what a decision stores; the same number always
 * gives the same book, so a decision recomputed later (to show it, issue it, audit it) is the decision
 * that was made.
 */
public final class RuleBookRevision {

    private final long number;
    private final RuleBook book;
    private final List<RuleTable> editions;
    private final Map<String, LoadedEdition> loaded;
    private volatile Conformity conformity;

    RuleBookRevision(long number, RuleBook book, List<RuleTable> editions, Map<String, LoadedEdition> loaded) {
        this.number = number;
        this.book = book;
        this.editions = List.copyOf(editions);
        this.loaded = Map.copyOf(loaded);
    }

    /** The revision: the id of the last load it includes, 0 for the shipped editions alone. */
    public long number() {
        return number;
    }

    public RuleBook book() {
        return book;
    }

    /** Conformity decisions against this book, its MPE tables compiled once per revision. */
    public Conformity conformity() {
        Conformity c = conformity;
        if (c == null) {
            c = Conformity.using(book);
            conformity = c;
        }
        return c;
    }

    /** The editions as read from their files, before a later edition closes an open-ended one (what a new file joins). */
    List<RuleTable> editions() {
        return editions;
    }

    /** The loaded version of an edition in this book, 0 for a shipped edition. */
    public int version(RuleEdition e) {
        LoadedEdition l = loaded.get(LoadedEdition.key(e.ruleId(), e.regulation()));
        return l == null ? 0 : l.version();
    }

    LoadedEdition loaded(RuleEdition e) {
        return loaded.get(LoadedEdition.key(e.ruleId(), e.regulation()));
    }

    /**
     * How a stored decision names an edition: {@link RuleEdition#name()} (regulation and clause; a stand-in in
     * plain words, whose values decided) with the loaded version ("JJG 1204-2025 5.5 v2"; none when shipped).
     */
    public String label(RuleEdition e) {
        int v = version(e);
        return v > 0 ? e.name() + " v" + v : e.name();
    }

    /** Citations as results print them ("JJF 1070-2023 附表3 (unverified)"), with the loaded version, joined by "; ". */
    public String citations(List<RuleEdition> used) {
        Set<String> out = new LinkedHashSet<>();
        for (RuleEdition e : used) {
            int v = version(e);
            out.add(e.citation() + (v > 0 ? " v" + v : ""));
        }
        return String.join("; ", out);
    }

    /** The labels of the editions a decision used, each once, joined by "; ". */
    public String labels(List<RuleEdition> used) {
        Set<String> labels = new LinkedHashSet<>();
        used.forEach(e -> labels.add(label(e)));
        return String.join("; ", labels);
    }
}
