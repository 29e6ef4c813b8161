package org.metrolex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * Size limits of the house (issue 15, ADR 0026): no main-source file above {@value #MAX_FILE_LINES} lines and no
 * method above {@value #MAX_METHOD_LINES} lines, outside generated code and data loaders. A method's length is read
 * from the compiled line-number table (last line minus first line of its code, plus one), so comments and blank
 * lines around it do not count and a lambda counts where it is written. Both the platform and metrology-core are
 * measured.
 *
 * <p>Data loaders are exempt: their length is the data they carry (a table of the regulation, the demo
 * province), not logic. Each exemption says why.
 */
class CodeSizeTests {

    static final int MAX_FILE_LINES = 400;
    static final int MAX_METHOD_LINES = 60;

    /** Source files (relative to a module's src/main/java) exempt from the limits, with the reason. */
    private static final Map<String, String> LOADERS = Map.of(
            "org/metrolex/metrology/mpe/MpeTables.java",
            "the MPE tables of the verification regulations (JJG 539, 162, 577, 270, 1164, 1204) as data",
            "org/metrolex/demo/DemoData.java", "demo province loader",
            "org/metrolex/demo/DemoHistory.java", "demo province loader: a year of verifications",
            "org/metrolex/demo/SeedYearSupervision.java", "demo loader: the seed's year of spot checks, figure by figure",
            "org/metrolex/licensing/LicensingDemoData.java", "demo loader: licence applications in every state");

    /** Packages of generated code: jOOQ from the Flyway DDL, JTE from the templates. */
    private static final Set<String> GENERATED = Set.of("org.metrolex.platform.jooq", "gg.jte.generated");

    private static final List<Path> SOURCE_ROOTS = List.of(
            Path.of("src/main/java"), Path.of("../metrology-core/src/main/java"));

    @Test
    void noSourceFileAboveTheLimit() throws IOException {
        Map<String, Integer> tooLong = new TreeMap<>();
        for (Path root : SOURCE_ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    int lines = Files.readAllLines(file).size();
                    if (lines > MAX_FILE_LINES && !LOADERS.containsKey(relative)) {
                        tooLong.put(relative, lines);
                    }
                }
            }
        }
        assertThat(tooLong).as("source files above %d lines (split by use case, see ADR 0026)", MAX_FILE_LINES)
                .isEmpty();
    }

    @Test
    void noMethodAboveTheLimit() {
        List<String> tooLong = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.metrolex")) {
            if (GENERATED.stream().anyMatch(p -> c.getPackageName().startsWith(p)) || isLoader(c)) {
                continue;
            }
            methodLengths(c).forEach((method, lines) -> {
                if (lines > MAX_METHOD_LINES) {
                    tooLong.add(c.getName() + "." + method + ": " + lines + " lines");
                }
            });
        }
        assertThat(tooLong).as("methods above %d lines", MAX_METHOD_LINES).isEmpty();
    }

    @Test
    void theMeasureSeesLongMethods() {
        assertThat(methodLengths(new ClassFileImporter().importClass(CodeSizeTests.class)))
                .containsKey("noMethodAboveTheLimit")
                .allSatisfy((method, lines) -> assertThat(lines).isPositive());
        assertThat(methodLengths(new ClassFileImporter().importClass(CodeSizeTests.class))
                .get("noSourceFileAboveTheLimit")).isBetween(12, 20);
    }

    private static boolean isLoader(JavaClass c) {
        String topLevel = c.getName().replaceAll("\\$.*", "");
        return LOADERS.containsKey(topLevel.replace('.', '/') + ".java");
    }

    /** Method name (with a suffix for overloads) to its number of source lines, from the line-number table. */
    static Map<String, Integer> methodLengths(JavaClass c) {
        Map<String, Integer> lengths = new TreeMap<>();
        String resource = c.getName().replace('.', '/') + ".class";
        try (InputStream in = c.reflect().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return lengths;
            }
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        int first = Integer.MAX_VALUE;
                        int last = Integer.MIN_VALUE;

                        @Override
                        public void visitLineNumber(int line, Label start) {
                            first = Math.min(first, line);
                            last = Math.max(last, line);
                        }

                        @Override
                        public void visitEnd() {
                            // a static initialiser holds tables (and the compiler's switch-map class spans the file)
                            if (first <= last && !name.equals("<clinit>")) {
                                String key = lengths.containsKey(name) ? name + descriptor : name;
                                lengths.put(key, last - first + 1);
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lengths;
    }
}
