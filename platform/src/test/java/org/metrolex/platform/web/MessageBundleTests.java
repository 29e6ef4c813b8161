package org.metrolex.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metrolex.metrology.conformity.ResultLabel;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Issue 13, items 4 and 10: every label a page shows comes from the message bundles, in both languages. The bundles
 * are read as the application reads them ({@code spring.messages.basename}); the templates and page controllers are
 * read as source, so a new module inherits the rule.
 */
class MessageBundleTests {

    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff]");

    /** English entries that quote Chinese on purpose: the switch to Chinese, and header cells a file may carry in Chinese. */
    private static final Set<String> ENGLISH_QUOTING_CHINESE = Set.of("lang.switch", "prepackaged.import.help",
            "enterprise.import.columns");
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path SOURCES = Path.of("src/main/java");

    /**
     * Enums a template shows through a per-module key prefix ({@code page.t("prefix." + value)}), the convention of
     * the modules written before {@link PageContext#label}; new pages use {@code page.label(value)}.
     */
    private static final Map<String, String> ENUM_PREFIXES = Map.ofEntries(
            Map.entry("comparison.method.", "org.metrolex.comparison.domain.ReferenceMethod"),
            Map.entry("comparison.score.", "org.metrolex.comparison.domain.ScoreType"),
            Map.entry("reminders.show.", "org.metrolex.verification.web.DueReminderPageController$Show"),
            Map.entry("kind.", "org.metrolex.party.domain.InstitutionKind"),
            Map.entry("personRole.", "org.metrolex.party.domain.PersonRole"),
            Map.entry("level.", "org.metrolex.region.domain.RegionLevel"),
            Map.entry("instrument.status.", "org.metrolex.instrument.domain.InstrumentStatus"),
            Map.entry("instrument.change.", "org.metrolex.instrument.domain.InstrumentStatus$Change"),
            Map.entry("instrument.mode.", "org.metrolex.instrument.domain.VerificationMode"),
            Map.entry("instrument.standing.status.", "org.metrolex.instrument.domain.VerificationStanding$Status"),
            Map.entry("licensing.action.", "org.metrolex.licensing.StaffAction$Kind"),
            Map.entry("licensing.scan.", "org.metrolex.licensing.domain.LicenceDocument$ScanStatus"),
            Map.entry("licensing.clockOf.", "org.metrolex.licensing.domain.StepKind"),
            Map.entry("prepackaged.cmark.status.", "org.metrolex.prepackaged.domain.CMarkStatus"),
            Map.entry("prepackaged.tareMode.", "org.metrolex.prepackaged.domain.TareMode"),
            Map.entry("prepackaged.import.outcome.", "org.metrolex.prepackaged.ReadingsImport$Outcome"),
            Map.entry("prepackaged.status.", "org.metrolex.prepackaged.domain.LotStatus"),
            Map.entry("rules.timing.", "org.metrolex.rules.RuleEditionManagement$Timing"),
            Map.entry("rules.status.", "org.metrolex.rules.domain.EditionStatus"),
            Map.entry("supervision.finding.", "org.metrolex.supervision.domain.FindingStatus"),
            Map.entry("supervision.kind.", "org.metrolex.supervision.domain.FindingKind"),
            Map.entry("supervision.status.", "org.metrolex.supervision.domain.CampaignStatus"),
            Map.entry("supervision.type.", "org.metrolex.supervision.domain.CampaignType"),
            Map.entry("certaudit.defect.", "org.metrolex.verification.domain.DefectCode"),
            Map.entry("overdue.show.", "org.metrolex.verification.OverdueCase$Show"),
            Map.entry("overdue.state.", "org.metrolex.verification.OverdueCase$State"),
            Map.entry("verification.kind.", "org.metrolex.verification.domain.CertificateKind"),
            Map.entry("verification.status.", "org.metrolex.verification.domain.VerificationStatus"),
            Map.entry("vui.family.", "org.metrolex.verification.Readings$Family"),
            Map.entry("vui.kind.", "org.metrolex.metrology.mpe.VerificationKind"));

    /**
     * Prefixes a template completes with a text value, not an enum: the values are listed in the bundles themselves
     * (form fields, rule ids, stored status words, {@code true}/{@code false}).
     */
    private static final Set<String> TEXT_PREFIXES = Set.of("calendar.revisions.kind.", "calendar.revisions.clock.",
            "certificate.public.status.", "enterprise.import.column.", "instrument.standing.explain.", "licensing.checkResult.",
            "rules.rule.", "supervision.form.", "supervision.stratify.", "supervision.task.", "vui.certificateStatus.", "vui.option.");

    private static Properties zh;
    private static Properties en;
    private static List<String> basenames;

    @BeforeAll
    static void readBundles() throws IOException {
        Properties app = new Properties();
        try (InputStream in = MessageBundleTests.class.getResourceAsStream("/application.properties")) {
            app.load(in);
        }
        basenames = List.of(app.getProperty("spring.messages.basename").split(","));
        zh = new Properties();
        en = new Properties();
        for (String b : basenames) {
            zh.putAll(read(b.strip() + ".properties"));
            en.putAll(read(b.strip() + "_en.properties"));
        }
    }

    private static Properties read(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    @Test
    void everyBundleKeyHasBothLanguagesAndTheEnglishSaysNoChinese() throws IOException {
        for (String b : basenames) {
            Properties z = read(b.strip() + ".properties");
            Properties e = read(b.strip() + "_en.properties");
            assertThat(e.stringPropertyNames()).as("keys of %s in English", b).containsExactlyInAnyOrderElementsOf(z.stringPropertyNames());
        }
        List<String> chinese = en.stringPropertyNames().stream().filter(k -> !ENGLISH_QUOTING_CHINESE.contains(k) && CJK.matcher(en.getProperty(k)).find())
                .map(k -> k + "=" + en.getProperty(k)).toList();
        assertThat(chinese).as("English entries with Chinese text").isEmpty();
    }

    @Test
    void everyLabelMetrologyCoreCanWriteOnAResultRowHasAChineseAndAnEnglishEntry() {
        for (ResultLabel l : ResultLabel.values()) {
            String key = "result.label." + l.name();
            assertThat(zh.getProperty(key)).as(key + " (zh)").isNotBlank();
            assertThat(en.getProperty(key)).as(key + " (en)").isNotBlank();
            // the Chinese says its words in Chinese; only a value with its unit, a name or a formula stays as it is
            String words = zh.getProperty(key).replaceAll("\\{\\d}|°C|kPa|E_max|E_min|d_n|OIML R 76-1 3\\.6\\.1|[Qq] =", "");
            assertThat(words).as(key + " (zh)").doesNotContainPattern("[A-Za-z]{2,}");
        }
    }

    @Test
    void everyEnumAPageNamesWithPageLabelHasItsLabelInBothLanguages() throws ClassNotFoundException {
        Set<String> labelled = new TreeSet<>();
        for (String k : zh.stringPropertyNames()) {
            if (k.startsWith("label.")) {
                labelled.add(k.substring("label.".length(), k.indexOf('.', "label.".length())));
            }
        }
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        List<String> checked = new ArrayList<>();
        for (BeanDefinition d : scan.findCandidateComponents("org.metrolex")) {
            Class<?> type = Class.forName(d.getBeanClassName());
            if (type.isEnum() && labelled.contains(type.getSimpleName())) {
                assertEveryConstantUnder("label." + type.getSimpleName() + ".", type);
                checked.add(type.getSimpleName());
            }
        }
        assertThat(checked).as("enums labelled through PageContext.label").containsExactlyInAnyOrderElementsOf(labelled);
    }

    @Test
    void everyEnumATemplateNamesThroughAModulePrefixHasItsLabelInBothLanguages() throws ClassNotFoundException {
        for (var e : ENUM_PREFIXES.entrySet()) {
            assertEveryConstantUnder(e.getKey(), Class.forName(e.getValue()));
        }
    }

    @Test
    void everyPrefixATemplateCompletesWithAValueIsKnown() throws IOException {
        Pattern concatenated = Pattern.compile("page\\.t\\(\"([A-Za-z0-9_.-]*\\.)\"\\s*\\+");
        Set<String> unknown = new TreeSet<>();
        for (Path t : files(TEMPLATES, ".jte")) {
            Matcher m = concatenated.matcher(Files.readString(t));
            while (m.find()) {
                if (!ENUM_PREFIXES.containsKey(m.group(1)) && !TEXT_PREFIXES.contains(m.group(1))) {
                    unknown.add(TEMPLATES.relativize(t) + ": " + m.group(1));
                }
            }
        }
        assertThat(unknown).as("an enum on a page: use page.label(value) and label.<Type>.<CONSTANT> keys, "
                + "or register the prefix here so its constants are checked").isEmpty();
    }

    /**
     * A label chosen by the page's language in code ({@code page.english() ? "Labels" : "标签"}) or written in
     * Chinese in a template bypasses the bundles: neither may come back. Bilingual data (a category's two names, an
     * error's two messages) may still be picked by language; punctuation may too.
     */
    @Test
    void noTemplateOrPageControllerWritesALabelInline() throws IOException {
        Pattern pair = Pattern.compile("(?:english\\(\\)|english|isZh\\(\\)|zh\\(\\)|\"zh\"\\.equals\\([^)]*\\)|\"en\"\\.equals\\([^)]*\\))"
                + "\\s*\\?\\s*\"([^\"]*)\"\\s*:\\s*\"([^\"]*)\"");
        List<String> found = new ArrayList<>();
        for (Path t : files(TEMPLATES, ".jte")) {
            List<String> lines = Files.readAllLines(t);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (CJK.matcher(line).find() && !line.strip().startsWith("<%--")) {
                    found.add(TEMPLATES.relativize(t) + ":" + (i + 1) + " Chinese text: " + line.strip());
                }
                inlinePair(pair, line, TEMPLATES.relativize(t) + ":" + (i + 1), found);
            }
        }
        for (Path c : files(SOURCES, "PageController.java")) {
            List<String> lines = Files.readAllLines(c);
            for (int i = 0; i < lines.size(); i++) {
                inlinePair(pair, lines.get(i), SOURCES.relativize(c) + ":" + (i + 1), found);
            }
        }
        assertThat(found).as("labels written inline instead of in the message bundles").isEmpty();
    }

    @Test
    void theGuardAgainstInlineLabelsRecognisesThem() {
        Pattern pair = Pattern.compile("(?:english\\(\\)|english)\\s*\\?\\s*\"([^\"]*)\"\\s*:\\s*\"([^\"]*)\"");
        List<String> found = new ArrayList<>();
        inlinePair(pair, "${page.english() ? \"Instrument labels\" : \"计量器具标签\"}", "a", found);
        inlinePair(pair, "String.join(english ? \", \" : \"、\", names)", "b", found);
        assertThat(found).singleElement().asString().startsWith("a");
    }

    private static void inlinePair(Pattern pair, String line, String where, List<String> found) {
        Matcher m = pair.matcher(line);
        while (m.find()) {
            if ((m.group(1) + m.group(2)).codePoints().anyMatch(Character::isLetter)) {
                found.add(where + " inline pair: " + m.group());
            }
        }
    }

    private static void assertEveryConstantUnder(String prefix, Class<?> type) {
        List<String> missing = new ArrayList<>();
        for (Object c : type.getEnumConstants()) {
            String key = prefix + ((Enum<?>) c).name();
            if (zh.getProperty(key) == null || zh.getProperty(key).isBlank()) {
                missing.add(key + " (zh)");
            }
            if (en.getProperty(key) == null || en.getProperty(key).isBlank()) {
                missing.add(key + " (en)");
            }
        }
        assertThat(missing).as("labels of %s", type.getName()).isEmpty();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
