package org.metrolex;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.jooq.Table;
import org.metrolex.platform.jooq.Tables;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module owns the tables its migration folder creates ({@code db/migration/<module>/}); only that module's
 * code may use them (CONVENTIONS.md: a module talks to another only through its API or its events).
 *
 * <p><b>What "uses" means here.</b> The rule is checked on bytecode: a class of module X that references the
 * generated jOOQ table class, record class or path class of a table created by module Y (Y ≠ X) crosses the
 * boundary. Reads count too. Telling a write ({@code insertInto}, {@code update}, {@code deleteFrom}) from a read
 * in bytecode would mean following which jOOQ DSL call receives the table reference — possible, but brittle across
 * jOOQ versions and blind to {@code COPY} loaders that name the table in a string. A reference is exact, cheap and
 * conservative; the few legitimate cross-module reads (ADR 0010's read model) are listed in {@link #ALLOWED} with
 * their reason, and so is every crossing that exists today until its module stops needing it.
 *
 * <p>A table is owned by the module whose migration creates it; the migration scripts are parsed for
 * {@code create table}. Every allow-list entry must still be needed ({@link #everyAllowanceIsStillUsed}), so the
 * list shrinks when a crossing disappears.
 */
class TableOwnershipTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.metrolex");

    /** "module -> table", each with the reason the module may use another module's table. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            // read models: joins for lists and bulk checks, no writes
            Map.entry("verification -> instrument", "read model: verification lists, overdue cases (ADR 0010) and the"
                    + " bulk-ingestion fact reader (ADR 0009) join the registry in one query instead of one API call per row"),
            Map.entry("verification -> instrument_category", "read model: category names on verification and overdue lists"
                    + " (ADR 0010), joined in the same query"),
            Map.entry("verification -> enterprise", "read model: owner names on verification and overdue lists (ADR 0010)"
                    + " and the owner check of bulk ingestion (ADR 0009)"),
            Map.entry("verification -> institution", "read model: institution names on the verification list"),
            // the demo's allowed loader (ArchitectureTests.ALLOWED_DEMO_LOADERS): bulk history by COPY, ADR 0012.
            // It also COPYs verification, certificate and instrument_due rows, named in SQL strings this rule cannot see.
            Map.entry("demo -> instrument", "allowed loader DemoBulkWriter: ~3,000 demo instruments by COPY (ADR 0012)"),
            Map.entry("demo -> enterprise", "allowed loader DemoBulkWriter: ~600 demo enterprises by multi-row insert"
                    + " (ADR 0012)"),
            Map.entry("demo -> certificate_sequence", "allowed loader DemoBulkWriter: moves the per-institution certificate"
                    + " counters past the history's numbers (ADR 0012)"),
            Map.entry("demo -> overdue_notice", "allowed loader DemoBulkWriter: planted overdue notices of the history"
                    + " (ADR 0012)"));

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(?:public\\.)?\"?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    @Test
    void everyModuleUsesOnlyItsOwnTables() throws IOException {
        Map<String, String> ownerOfTable = tableOwners();
        Map<String, String> tableOfClass = tableClasses();
        Set<String> crossings = crossings(ownerOfTable, tableOfClass).keySet();
        Set<String> forbidden = new TreeSet<>(crossings);
        forbidden.removeAll(ALLOWED.keySet());
        assertThat(forbidden)
                .as("modules using another module's tables (module -> table); use the owner's API or an event,"
                        + " or add an entry with its reason to TableOwnershipTests.ALLOWED. Where: %s",
                        crossings(ownerOfTable, tableOfClass))
                .isEmpty();
    }

    @Test
    void everyAllowanceIsStillUsed() throws IOException {
        Set<String> crossings = crossings(tableOwners(), tableClasses()).keySet();
        assertThat(crossings).as("allow-list entries no longer needed: remove them from TableOwnershipTests.ALLOWED")
                .containsAll(ALLOWED.keySet());
    }

    @Test
    void everyGeneratedTableHasAnOwningMigration() throws IOException {
        Map<String, String> owners = tableOwners();
        assertThat(tableClasses().values()).allSatisfy(table -> assertThat(owners).containsKey(table));
    }

    /** "module -> table" to the classes that make the crossing. */
    static Map<String, Set<String>> crossings(Map<String, String> ownerOfTable, Map<String, String> tableOfClass) {
        Map<String, Set<String>> found = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            String module = moduleOf(c.getPackageName());
            if (module == null || c.getPackageName().startsWith("org.metrolex.platform.jooq")) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String table = tableOfClass.get(d.getTargetClass().getName());
                if (table != null && !module.equals(ownerOfTable.get(table))) {
                    found.computeIfAbsent(module + " -> " + table, k -> new TreeSet<>()).add(c.getName().replaceAll("\\$.*", ""));
                }
            }
        }
        return found;
    }

    static String moduleOf(String packageName) {
        if (!packageName.startsWith("org.metrolex.")) {
            return null;
        }
        String rest = packageName.substring("org.metrolex.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Table name to the module whose migration folder creates it. */
    static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new HashMap<>();
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/*.sql");
        assertThat(scripts).isNotEmpty();
        for (Resource script : scripts) {
            String path = script.getURL().getPath();
            String[] parts = path.split("/");
            String module = parts[parts.length - 2];
            String sql = script.getContentAsString(StandardCharsets.UTF_8);
            Matcher m = CREATE_TABLE.matcher(sql);
            while (m.find()) {
                String previous = owners.put(m.group(1).toLowerCase(Locale.ROOT), module);
                assertThat(previous).as("table %s created by two modules", m.group(1)).isIn(null, module);
            }
        }
        return owners;
    }

    /** Generated table, record and path class names to their table's name. */
    static Map<String, String> tableClasses() {
        Map<String, String> classes = new HashMap<>();
        for (Field f : Tables.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Table.class.isAssignableFrom(f.getType())) {
                continue;
            }
            try {
                Table<?> t = (Table<?>) f.get(null);
                String name = t.getName().toLowerCase(Locale.ROOT);
                classes.put(t.getClass().getName(), name);
                classes.put(t.getRecordType().getName(), name);
                for (Class<?> nested : t.getClass().getDeclaredClasses()) {
                    classes.put(nested.getName(), name);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    static List<String> sorted(Set<String> s) {
        return s.stream().sorted().collect(Collectors.toList());
    }
}
