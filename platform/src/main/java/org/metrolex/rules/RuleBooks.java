package org.metrolex.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleFileParser;
import org.metrolex.metrology.rules.RuleTable;
import org.metrolex.rules.domain.LoadedEdition;
import org.metrolex.rules.persistence.RuleEditions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The module's API for deciding modules: the rule book in force now ({@link #current()}) and the book a past
 * decision was made with ({@link #at}). The current book is one immutable {@link RuleBookRevision} behind an
 * {@link AtomicReference}, swapped whole after a load commits, so a decision never sees half a load and no
 * restart is needed. Another instance of the platform sharing the database picks a load up within a minute.
 */
@Service
public class RuleBooks {

    private static final String INDEX = "rules/index.txt";

    /** The shipped editions as read from their files (RuleBook.shipped() closes open-ended ones, which a new edition must not inherit). */
    private static final List<RuleTable> SHIPPED = readShipped();

    private record State(List<LoadedEdition> rows, RuleBookRevision current) {
    }

    private final RuleEditions store;
    private final AtomicReference<State> state = new AtomicReference<>();
    private final Map<Long, RuleBookRevision> past = new ConcurrentHashMap<>();

    RuleBooks(RuleEditions store) {
        this.store = store;
    }

    /** The book in force now: shipped editions and every edition loaded so far (latest version). */
    public RuleBookRevision current() {
        State s = state.get();
        return s != null ? s.current() : refresh();
    }

    /**
     * The book a decision stored with {@code revision} was made with (null: made before editions could be
     * loaded, i.e. the shipped editions alone).
     */
    public RuleBookRevision at(Long revision) {
        long r = revision == null ? 0 : revision;
        RuleBookRevision now = current();
        if (r >= now.number()) {
            return now;
        }
        List<LoadedEdition> rows = state.get().rows();
        return past.computeIfAbsent(r, n -> build(n, rows));
    }

    /** Reads the loads from the database and swaps the current book; called after a load commits. */
    public synchronized RuleBookRevision refresh() {
        List<LoadedEdition> rows = store.loadedInOrder();
        long last = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).id();
        RuleBookRevision current = build(last, rows);
        past.clear();
        state.set(new State(List.copyOf(rows), current));
        return current;
    }

    /** The book as the database has it now, for a load to check its file against (under the load lock). */
    RuleBookRevision fromDatabase() {
        List<LoadedEdition> rows = store.loadedInOrder();
        return build(rows.isEmpty() ? 0 : rows.get(rows.size() - 1).id(), rows);
    }

    /** Every loaded version, in load order. */
    List<LoadedEdition> loads() {
        State s = state.get();
        return s != null ? s.rows() : store.loadedInOrder();
    }

    @Scheduled(fixedDelayString = "${app.rules.refresh-interval-ms:60000}", initialDelayString = "${app.rules.refresh-interval-ms:60000}")
    void refreshIfLoadedElsewhere() {
        State s = state.get();
        if (s == null || store.lastId() != s.current().number()) {
            refresh();
        }
    }

    private static RuleBookRevision build(long revision, List<LoadedEdition> rows) {
        Map<String, LoadedEdition> latest = new LinkedHashMap<>();
        for (LoadedEdition row : rows) {
            if (row.id() <= revision) {
                latest.put(row.key(), row);
            }
        }
        List<RuleTable> tables = new ArrayList<>();
        for (RuleTable t : SHIPPED) {
            if (!latest.containsKey(LoadedEdition.key(t.edition().ruleId(), t.edition().regulation()))) {
                tables.add(t);
            }
        }
        for (LoadedEdition row : latest.values()) {
            tables.add(RuleFileParser.parse(row.fileName(), new StringReader(row.fileText())));
        }
        return new RuleBookRevision(revision, new RuleBook(tables), tables, latest);
    }

    private static List<RuleTable> readShipped() {
        ClassLoader loader = RuleBook.class.getClassLoader();
        List<RuleTable> tables = new ArrayList<>();
        try (InputStream index = loader.getResourceAsStream(INDEX)) {
            if (index == null) {
                return tables;
            }
            List<String> files = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            for (String file : files) {
                String resource = "rules/" + file;
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException(INDEX + " names " + file + ", which is missing");
                    }
                    tables.add(RuleFileParser.parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(INDEX, e);
        }
        return List.copyOf(tables);
    }
}
